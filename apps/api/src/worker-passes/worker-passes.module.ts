import { Module } from '@nestjs/common';
import { type AppConfig, loadOrCreateSecret, APP_CONFIG } from '@schakel/infrastructure';
import { CoreModule } from '../core/core.module';
import { LINK_SECRET_FILE } from '../worker-links/worker-links.service';
import { WorkerPasses, PASS_SECRET } from './worker-passes.service';
import { WorkerPassesResolver, WorkerPassViewResolver } from './worker-passes.resolver';

/** Workers' personal passes for the gate (docs/prevention.md); signed with the link secret under labels of their own. */
@Module({
  imports: [CoreModule],
  providers: [
    { provide: PASS_SECRET, inject: [APP_CONFIG], useFactory: (config: AppConfig) => loadOrCreateSecret(config.dataDir, LINK_SECRET_FILE, config.workerLinks.secret) },
    WorkerPasses,
    WorkerPassesResolver,
    WorkerPassViewResolver,
  ],
  exports: [WorkerPasses],
})
export class WorkerPassesModule {}
