import { Module } from '@nestjs/common';
import { CoreModule } from '../core/core.module';
import { IdentityModule } from '../identity/identity.module';
import { PartiesModule } from '../parties/parties.module';
import { ChainReplaySource } from './chain-replay-source';
import { evidenceSigningKeyProvider } from './evidence/evidence-signing-key';
import { EvidenceDownloadController } from './evidence/evidence-download.controller';
import { EvidenceResolver } from './evidence/evidence.resolver';
import { LogCheckpointer } from './evidence/log-checkpointer';
import { GrantInspectorAccessHandler } from './grant-inspector-access/grant-inspector-access.handler';
import { InspectorInvitation } from './grant-inspector-access/inspector-invitation';
import { InspectorGate } from './inspector-gate';
import { GrantQueriesResolver } from './grants/grant-queries.resolver';
import { InspectorMutationsResolver } from './inspector-mutations.resolver';
import { ChainAsOfFindingsResolver, InspectorQueriesResolver } from './inspector-queries.resolver';
import { ReplayReportController } from './report/replay-report.controller';
import { ReplayFolds } from './replay-folds';
import { ReplayQueries } from './replay-queries';
import { ChainAsOfStartChecksResolver } from './replay-start-checks';
import { RevokeInspectorAccessHandler } from './revoke-inspector-access/revoke-inspector-access.handler';

/** Inspector access, replay on two clocks, who knew, evidence bundles and the readable report, downloaded with their progress. */
@Module({
  imports: [CoreModule, PartiesModule, IdentityModule],
  controllers: [ReplayReportController, EvidenceDownloadController],
  providers: [
    evidenceSigningKeyProvider,
    ChainReplaySource,
    InspectorGate,
    ReplayFolds,
    ReplayQueries,
    InspectorQueriesResolver,
    ChainAsOfFindingsResolver,
    ChainAsOfStartChecksResolver,
    InspectorMutationsResolver,
    GrantQueriesResolver,
    EvidenceResolver,
    LogCheckpointer,
    GrantInspectorAccessHandler,
    InspectorInvitation,
    RevokeInspectorAccessHandler,
  ],
})
export class InspectorModule {}
