import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { AppConfig } from '@schakel/infrastructure';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { AuthGuard } from './auth/auth.guard';
import { RolesGuard } from './auth/roles.guard';
import { formatGraphqlError } from './errors/format-graphql-error';
import { HealthModule } from './health/health.module';
import { RequestLoggingMiddleware } from './logging/request-logging.middleware';
import { PartiesModule } from './parties/parties.module';
import { ChainsModule } from './chains/chains.module';
import { InspectorModule } from './inspector/inspector.module';
import { ComplianceModule } from './compliance/compliance.module';
import { CorrectiveActionsModule } from './corrective-actions/corrective-actions.module';
import { ToolboxMeetingsModule } from './toolbox-meetings/toolbox-meetings.module';
import { IdentityModule } from './identity/identity.module';
import { WorkerLinksModule } from './worker-links/worker-links.module';
import { WorkerPassesModule } from './worker-passes/worker-passes.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PersonalDataModule } from './personal-data/personal-data.module';
import { LiveModule } from './live/live.module';
import type { GraphqlContext } from './auth/graphql-context';
import { inputTextPlugin } from './graphql/input-text.plugin';
import { subscriptionsOverHttpPlugin } from './graphql/subscriptions-over-http.plugin';
import { DateTimeScalar } from './graphql/date-time.scalar';
import { pageNestedLists } from './graphql/paged-lists';
import { ThrottlerStorageService } from '@nestjs/throttler';
import { queryLimitsPlugin } from './limits/query-limits.plugin';
import { QueryLengthMiddleware } from './limits/query-length.middleware';
import { RateLimitMiddleware } from './limits/rate-limit.middleware';
import { RequestBudgetMiddleware } from './limits/request-budget.middleware';

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.forRoot(config),
        CqrsModule.forRoot(),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          // Fields typed `Date` without an explicit scalar get the strict one too.
          buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
          // every list of objects that grows with the data takes first/offset (docs/security.md)
          transformSchema: pageNestedLists,
          path: '/graphql',
          // Apollo's and GraphiQL's pages load their code from a CDN; a browser gets the API's own runner
          // instead (web/graphql-explorer.ts).
          graphiql: false,
          context: ({ req }: { req: GraphqlContext['req'] }): GraphqlContext => ({ req }),
          formatError: formatGraphqlError,
          includeStacktraceInErrorResponses: false,
          // Query limits (docs/security.md): the parser stops at maxTokens, the plugins measure the rest
          // and refuse text with control characters, before any resolver runs.
          parseOptions: { maxTokens: config.limits.maxTokens },
          plugins: [queryLimitsPlugin(config.limits), inputTextPlugin, subscriptionsOverHttpPlugin],
          allowBatchedHttpRequests: false,
          // Suggestions spell out the schema to whoever guesses names; in production they stay off.
          hideSchemaDetailsFromClientErrors: config.hideSchemaDetails,
        }),
        HealthModule,
        PartiesModule,
        ChainsModule,
        InspectorModule,
        ComplianceModule,
        CorrectiveActionsModule,
        ToolboxMeetingsModule,
        IdentityModule,
        WorkerLinksModule,
        WorkerPassesModule,
        NotificationsModule,
        PersonalDataModule,
        LiveModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
        ThrottlerStorageService,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestLoggingMiddleware, RateLimitMiddleware, QueryLengthMiddleware, RequestBudgetMiddleware).forRoutes('*path');
  }
}
