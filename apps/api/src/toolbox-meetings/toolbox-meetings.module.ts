import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { ComplianceModule } from '../compliance/compliance.module';
import { CoreModule } from '../core/core.module';
import { ToolboxMeetingHandler } from './toolbox-meeting.handler';
import { ToolboxMeetingMutationsResolver } from './toolbox-meeting-mutations.resolver';
import { ToolboxMeetingQueriesResolver } from './toolbox-meeting-queries.resolver';

/** Toolbox meetings and their attendance (docs/prevention.md). */
@Module({
  imports: [CoreModule, AccessModule, ComplianceModule],
  providers: [ToolboxMeetingHandler, ToolboxMeetingMutationsResolver, ToolboxMeetingQueriesResolver],
})
export class ToolboxMeetingsModule {}
