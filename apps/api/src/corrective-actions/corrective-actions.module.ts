import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { ComplianceModule } from '../compliance/compliance.module';
import { CoreModule } from '../core/core.module';
import { CorrectiveActionHandler } from './corrective-action.handler';
import { CorrectiveActionMutationsResolver } from './corrective-action-mutations.resolver';
import { CorrectiveActionQueriesResolver } from './corrective-action-queries.resolver';
import { FindingLookup } from './finding-lookup';

/** Follow-up of findings, incidents and coordinator directions (docs/prevention.md). */
@Module({
  imports: [CoreModule, AccessModule, ComplianceModule],
  providers: [FindingLookup, CorrectiveActionHandler, CorrectiveActionMutationsResolver, CorrectiveActionQueriesResolver],
})
export class CorrectiveActionsModule {}
