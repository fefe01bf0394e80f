import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { ComplianceModule } from '../compliance/compliance.module';
import { IdentityModule } from '../identity/identity.module';
import { LiveFeed } from './live-feed';
import { LiveResolver } from './live.resolver';
import { LiveServer } from './live-server';

/** Live updates over WebSocket: GraphQL subscriptions fed by the log (docs/notifications.md). */
@Module({
  imports: [AccessModule, ComplianceModule, IdentityModule],
  providers: [LiveFeed, LiveResolver, LiveServer],
})
export class LiveModule {}
