import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Used on every resolver (@UseFilters). Hands every resolver error to Apollo untouched, so `formatGraphqlError` is the one place that maps
 * (and, for unexpected ones, logs) it; Nest would otherwise log expected failures as errors.
 */
@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  catch(exception: unknown): unknown {
    return exception;
  }
}
