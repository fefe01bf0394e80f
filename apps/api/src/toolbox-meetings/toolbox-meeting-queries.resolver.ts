import { UseFilters } from '@nestjs/common';
import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { instructionOf, preventionOf, type MeetingState } from '@schakel/domain';
import { AccessPolicy } from '../access/access-policy';
import type { Caller } from '@schakel/infrastructure';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { Roles } from '../auth/roles.decorator';
import { ComplianceFactsReader } from '../compliance/findings/compliance-facts';
import { GraphqlExceptionFilter } from '../errors/graphql-exception.filter';
import { DEFAULT_PAGE, MAX_PAGE, pageOffset, pageSize } from '../graphql/page-args';
import { CurrentRead, type ReadRequest } from '../limits/read-request.decorator';
import { ToolboxAttendee, ToolboxMeeting } from './toolbox-meeting.types';

/** Toolbox meetings, folded from the log: seen by the organizer, the attendees' parties, and those above them. */
@UseFilters(GraphqlExceptionFilter)
@Resolver(() => ToolboxMeeting)
@Roles('MANAGER')
export class ToolboxMeetingQueriesResolver {
  constructor(
    private readonly access: AccessPolicy,
    private readonly facts: ComplianceFactsReader,
  ) {}

  @Query(() => [ToolboxMeeting], {
    description: `Toolbox meetings of a chain organised by your party or below it, or attended by workers of those parties, oldest first. At most \`first\` (default ${DEFAULT_PAGE}, at most ${MAX_PAGE}) from \`offset\`.`,
  })
  async toolboxMeetings(
    @Args('chainId', { type: () => ID }) chainId: string,
    @CurrentCaller() caller: Caller,
    @Args('first', { type: () => Int, defaultValue: DEFAULT_PAGE }) first: number = DEFAULT_PAGE,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number = 0,
    @CurrentRead() read?: ReadRequest,
  ): Promise<ToolboxMeeting[]> {
    const [size, from] = [pageSize(first), pageOffset(offset)];
    const id = chainId.toLowerCase();
    // entries are seen through their subject's link: the same sight as every chain read
    const own = (await this.access.chainFor(caller, id)).subjectPartyIds;
    const { facts, state } = await this.facts.folded(id, read?.budget);
    if (state.status !== 'Opened') return [];
    const name = (key: string) => facts.names?.[key] ?? 'an unnamed party';
    const title = (instructionId: string, version: number) => instructionOf(state, instructionId)?.versions[version - 1]?.content[0]?.title ?? 'an instruction';
    const visible = (m: MeetingState) => own.has(m.organizerPartyId) || m.attendees.some((a) => own.has(a.partyId));
    return (preventionOf(state).meetings ?? [])
      .filter(visible)
      .slice(from, from + size)
      .map((m) => ({
        id: m.meetingId,
        chainId: id,
        site: m.site,
        topics: m.topics,
        language: m.language,
        leaderName: m.leaderName,
        organizerPartyId: m.organizerPartyId,
        organizerName: name(m.organizerPartyId),
        instructions: m.instructions.map((i) => ({ ...i, title: title(i.instructionId, i.version) })),
        heldAt: new Date(m.recorded.occurredAt),
        ownCount: m.attendees.filter((a) => a.channel === 'OWN').length,
        proxyCount: m.attendees.filter((a) => a.channel === 'PROXY').length,
        attendeeList: m.attendees.map((a) => ({
          workerId: a.workerId,
          workerName: name(a.workerId),
          partyId: a.partyId,
          partyName: name(a.partyId),
          channel: a.channel,
          ownAcknowledgement: a.channel === 'OWN',
          recordedByName: name(a.stamp.recordedByPartyId ?? a.partyId),
          recordedAt: new Date(a.stamp.recordedAt),
        })),
      }));
  }

  @ResolveField(() => [ToolboxAttendee], { description: `Who attended, in the order recorded. At most \`first\` (default ${DEFAULT_PAGE}, at most ${MAX_PAGE}) from \`offset\`.` })
  attendees(
    @Parent() meeting: ToolboxMeeting,
    @Args('first', { type: () => Int, defaultValue: DEFAULT_PAGE }) first: number = DEFAULT_PAGE,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number = 0,
  ): ToolboxAttendee[] {
    const [size, from] = [pageSize(first), pageOffset(offset)];
    return (meeting.attendeeList ?? []).slice(from, from + size);
  }
}
