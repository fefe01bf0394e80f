import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { CoreModule } from '../core/core.module';
import { complianceCommandHandlers } from './compliance-command-handlers';
import { ComplianceMutationsResolver } from './compliance-mutations.resolver';
import { ComplianceFactsReader } from './findings/compliance-facts';
import { ComplianceQueriesResolver } from './findings/compliance-queries.resolver';

/** The duties' workflows, credentials, and findings derived from the log. */
@Module({
  imports: [CoreModule, AccessModule],
  providers: [ComplianceMutationsResolver, ComplianceQueriesResolver, ComplianceFactsReader, ...complianceCommandHandlers],
})
export class ComplianceModule {}
