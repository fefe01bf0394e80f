import type { RequestWithCorrelation } from '../logging/request-logging.middleware';
import type { Caller } from '@schakel/infrastructure';

/** Per-request GraphQL context. `caller` is set by the AuthGuard from the verified token. */
export interface GraphqlContext {
  readonly req: RequestWithCorrelation;
  caller?: Caller;
  /**
   * The caller being established: every root field of one request awaits this one verification,
   * so they go on together in one turn (the inspector's reads of one request are one event).
   */
  callerPending?: Promise<Caller>;
}
