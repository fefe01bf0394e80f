import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { CoreModule } from '../core/core.module';
import { WorkerPassesModule } from '../worker-passes/worker-passes.module';
import { complianceCommandHandlers } from './compliance-command-handlers';
import { ComplianceMutationsResolver } from './compliance-mutations.resolver';
import { ComplianceFactsReader } from './findings/compliance-facts';
import { ComplianceQueriesResolver } from './findings/compliance-queries.resolver';
import { FindingsPerMonthResolver } from './findings/findings-per-month.resolver';
import { StartCheckResolver } from './start-check/start-check.resolver';
import { StartCheckService } from './start-check/start-check.service';

/** The duties' workflows, credentials, and findings derived from the log. */
@Module({
  imports: [CoreModule, AccessModule, WorkerPassesModule],
  providers: [ComplianceMutationsResolver, ComplianceQueriesResolver, FindingsPerMonthResolver, ComplianceFactsReader, StartCheckService, StartCheckResolver, ...complianceCommandHandlers],
  exports: [ComplianceFactsReader, StartCheckService],
})
export class ComplianceModule {}
