import type { RequestWithCorrelation } from '../logging/request-logging.middleware';
import type { Caller } from './caller';

/** Per-request GraphQL context. `caller` is set by the AuthGuard from the verified token. */
export interface GraphqlContext {
  readonly req: RequestWithCorrelation;
  caller?: Caller;
}
