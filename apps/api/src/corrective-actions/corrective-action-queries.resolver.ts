import { UseFilters } from '@nestjs/common';
import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { canSeeAction, preventionOf, standingCompletion, type ActionState } from '@schakel/domain';
import { AccessPolicy } from '../access/access-policy';
import type { Caller } from '@schakel/infrastructure';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { Roles } from '../auth/roles.decorator';
import { ComplianceFactsReader } from '../compliance/findings/compliance-facts';
import { GraphqlExceptionFilter } from '../errors/graphql-exception.filter';
import { DEFAULT_PAGE, MAX_PAGE, pageOffset, pageSize } from '../graphql/page-args';
import { CurrentRead, type ReadRequest } from '../limits/read-request.decorator';
import { ActionStatusEnum } from './corrective-action.inputs';
import { ActionComment, CorrectiveAction } from './corrective-action.types';

function toAction(chainId: string, a: ActionState, name: (id: string) => string, now: number): CorrectiveAction {
  const done = standingCompletion(a);
  const at = (iso: string) => new Date(iso);
  return {
    id: a.actionId,
    chainId,
    subject: { ...a.subject, findingArisenAt: a.subject.findingArisenAt ? at(a.subject.findingArisenAt) : null },
    description: a.description,
    assigneePartyId: a.assigneePartyId,
    assigneeName: name(a.assigneePartyId),
    assignedByPartyId: a.assignedByPartyId,
    assignedByName: name(a.assignedByPartyId),
    assignedAt: at(a.assigned.recordedAt),
    dueAt: at(a.dueAt),
    status: a.status,
    overdue: a.status === 'OPEN' && Date.parse(a.dueAt) < now,
    completedAt: done ? at(done.stamp.recordedAt) : null,
    completionNote: done?.note ?? null,
    evidence: done?.evidence ?? [],
    verifiedAt: a.verified ? at(a.verified.stamp.recordedAt) : null,
    reopenedReason: a.reopenings.length ? a.reopenings[a.reopenings.length - 1].reason : null,
    commentList: a.comments.map((c) => ({ eventId: c.stamp.eventId, byPartyId: c.byPartyId, byName: name(c.byPartyId), text: c.text, recordedAt: at(c.stamp.recordedAt) })),
  };
}

/** Corrective actions, folded from the log: seen by the parties involved and those above them. */
@UseFilters(GraphqlExceptionFilter)
@Resolver(() => CorrectiveAction)
@Roles('MANAGER')
export class CorrectiveActionQueriesResolver {
  constructor(
    private readonly access: AccessPolicy,
    private readonly facts: ComplianceFactsReader,
  ) {}

  @Query(() => [CorrectiveAction], {
    description: `Corrective actions of a chain that your party assigned or was assigned, or that parties below it did, oldest first. At most \`first\` (default ${DEFAULT_PAGE}, at most ${MAX_PAGE}) from \`offset\`.`,
  })
  async correctiveActions(
    @Args('chainId', { type: () => ID }) chainId: string,
    @CurrentCaller() caller: Caller,
    @Args('status', { type: () => ActionStatusEnum, nullable: true }) status?: string | null,
    @Args('first', { type: () => Int, defaultValue: DEFAULT_PAGE }) first: number = DEFAULT_PAGE,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number = 0,
    @CurrentRead() read?: ReadRequest,
  ): Promise<CorrectiveAction[]> {
    const [size, from] = [pageSize(first), pageOffset(offset)];
    const id = chainId.toLowerCase();
    // entries are seen through their subject's link: the same sight as every chain read
    const own = (await this.access.chainFor(caller, id)).subjectPartyIds;
    const { facts, state } = await this.facts.folded(id, read?.budget);
    if (state.status !== 'Opened') return [];
    const name = (partyId: string) => facts.names?.[partyId] ?? 'an unnamed party';
    const now = Date.now();
    return preventionOf(state)
      .actions.filter((a) => canSeeAction(own, a))
      .filter((a) => !status || a.status === status)
      .slice(from, from + size)
      .map((a) => toAction(id, a, name, now));
  }

  @ResolveField(() => [ActionComment], { description: `The thread, oldest first. At most \`first\` (default ${DEFAULT_PAGE}, at most ${MAX_PAGE}) from \`offset\`.` })
  comments(
    @Parent() action: CorrectiveAction,
    @Args('first', { type: () => Int, defaultValue: DEFAULT_PAGE }) first: number = DEFAULT_PAGE,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number = 0,
  ): ActionComment[] {
    const [size, from] = [pageSize(first), pageOffset(offset)];
    return (action.commentList ?? []).slice(from, from + size);
  }
}
