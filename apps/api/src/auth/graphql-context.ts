import type { RequestWithCorrelation } from '../logging/request-logging.middleware';
import type { Caller } from '@schakel/infrastructure';
import type { RequestWithCaller } from './request-caller';

/** Per-request GraphQL context. `caller` is set by the AuthGuard from the verified token. */
export interface GraphqlContext {
  /**
   * The HTTP request, with the one verification of its caller (RequestCaller): every root field
   * awaits it, so they go on together in one turn (the inspector's reads of one request are one event).
   */
  readonly req: RequestWithCorrelation & RequestWithCaller;
  caller?: Caller;
}
