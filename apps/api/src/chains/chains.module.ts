import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { CoreModule } from '../core/core.module';
import { PartiesModule } from '../parties/parties.module';
import { ComplianceModule } from '../compliance/compliance.module';
import { IncidentChecklistResolver } from './incident-checklist/incident-checklist.resolver';
import { chainCommandHandlers } from './chain-command-handlers';
import { ChainMutationsResolver } from './chain-mutations.resolver';
import { ChainQueriesResolver } from './chain-queries.resolver';
import { ChainReads } from './chain-reads';

@Module({
  imports: [CoreModule, AccessModule, PartiesModule, ComplianceModule],
  providers: [ChainQueriesResolver, ChainMutationsResolver, ChainReads, IncidentChecklistResolver, ...chainCommandHandlers],
})
export class ChainsModule {}
