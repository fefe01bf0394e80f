import { Module } from '@nestjs/common';
import { type AppConfig, loadOrCreateSecret, APP_CONFIG } from '@schakel/infrastructure';
import { CoreModule } from '../core/core.module';
import { IdentityModule } from '../identity/identity.module';
import { LinkRateLimit } from './link-rate-limit';
import { ToolboxSheetController } from './toolbox-sheet.controller';
import { WorkerLinkController } from './worker-link.controller';
import { LINK_SECRET, LINK_SECRET_FILE, WorkerLinks } from './worker-links.service';
import { WorkerLinksResolver } from './worker-links.resolver';

/** Personal acknowledgement links and the toolbox sheet (docs/worker-links.md). */
@Module({
  imports: [CoreModule, IdentityModule],
  controllers: [WorkerLinkController, ToolboxSheetController],
  providers: [
    { provide: LINK_SECRET, inject: [APP_CONFIG], useFactory: (config: AppConfig) => loadOrCreateSecret(config.dataDir, LINK_SECRET_FILE, config.workerLinks.secret) },
    {
      provide: LinkRateLimit,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new LinkRateLimit(config.workerLinks.perAddressPerMinute, config.workerLinks.perLinkPerHour),
    },
    WorkerLinks,
    WorkerLinksResolver,
  ],
  exports: [WorkerLinks],
})
export class WorkerLinksModule {}
