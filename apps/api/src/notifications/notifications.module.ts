import { Module } from '@nestjs/common';
import { ComplianceModule } from '../compliance/compliance.module';
import { WorkerLinksModule } from '../worker-links/worker-links.module';
import { NoticeOutbox } from './notice-outbox';
import { NotificationsResolver } from './notifications.resolver';
import { UnsubscribeController } from './unsubscribe.controller';

/** Telling people: the outbox, e-mail and webhooks, members' choices (docs/notifications.md). */
@Module({
  imports: [WorkerLinksModule, ComplianceModule],
  controllers: [UnsubscribeController],
  providers: [NoticeOutbox, NotificationsResolver],
  exports: [NoticeOutbox],
})
export class NotificationsModule {}
