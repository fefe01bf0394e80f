import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { canSeeCheck, canSeeIncident, chainTreeRows, INJURY_WITHHELD, linksSeenBy, mayReadInjury, withheldCorrectionValues, type IncidentSight, type InjuryReader } from '@schakel/domain';
import {
  ChainQueries,
  type CorrectionView,
  type IncidentView,
  type InstructionView,
  type LinkView,
  type VergewisCheckView,
} from '@schakel/read-models';
import type { ChainScope } from '../access/access-policy';
import { READ_MODELS } from '@schakel/infrastructure';
import type { Chain, ChainTreeNode, EntryCorrection, Incident, Instruction, Link, VergewisCheck } from './chain.types';
import { AcknowledgementState } from './chain.types';
import { currentBudget } from '../limits/current-budget';

const at = (iso: string): Date => new Date(iso);

/**
 * Chain read models as GraphQL objects, cut to what the caller may see: links into visible
 * parties, entries made by or about them.
 */
@Injectable()
export class ChainReads {
  private readonly queries: ChainQueries;

  constructor(@Inject(READ_MODELS) dataSource: DataSource) {
    this.queries = new ChainQueries(dataSource, currentBudget);
  }

  async chains(scopes: readonly ChainScope[]): Promise<Chain[]> {
    const views = await this.queries.chains(scopes.map((s) => s.chainId));
    return views.map((view) => {
      const scope = scopes.find((s) => s.chainId === view.id)!;
      return {
        id: view.id,
        name: view.name,
        description: view.description,
        siteAddress: view.siteAddress,
        principalPartyId: view.principalPartyId,
        openedAt: at(view.openedAt),
        version: view.streamVersion,
        viewerIsPrincipal: scope.isPrincipal,
        scope,
      };
    });
  }

  async links(scope: ChainScope): Promise<Link[]> {
    return (await this.visibleLinks(scope)).map(toLink);
  }

  /** How many rows the caller's tree has (what `tree` pages through). */
  async treeSize(scope: ChainScope, principalPartyId: string): Promise<number> {
    return (await this.treeRows(scope, principalPartyId)).length;
  }

  /** One page of the domain's `chainTreeRows` on the links the caller sees, with names (looked up for that page only). */
  async tree(scope: ChainScope, principalPartyId: string, page: { first: number; offset: number }, namesOf: (partyIds: string[]) => Promise<(partyId: string) => string>): Promise<ChainTreeNode[]> {
    const rows = (await this.treeRows(scope, principalPartyId)).slice(page.offset, page.offset + page.first);
    const nameOf = await namesOf([...new Set(rows.map((row) => row.partyId))]);
    return rows.map(({ depth, partyId, via }) => ({
      depth,
      partyId,
      partyName: nameOf(partyId),
      linkId: via?.id ?? null,
      parentPartyId: via?.fromPartyId ?? null,
      kind: via?.kind ?? null,
      active: via ? via.active : true,
      scope: via?.scope ?? null,
      underAuthority: via ? via.underAuthority : null,
      endDate: via?.endDate ?? null,
    }));
  }

  private async treeRows(scope: ChainScope, principalPartyId: string) {
    return chainTreeRows(await this.visibleLinks(scope), { partyId: scope.viewerPartyId, isPrincipal: scope.isPrincipal, principalPartyId });
  }

  async instructions(scope: ChainScope): Promise<Instruction[]> {
    const views = await this.queries.instructions(scope.chainId);
    const visible = views.filter(
      (i) => scope.visiblePartyIds.has(i.issuerPartyId) || i.versions.some((v) => v.receipts.some((r) => scope.visiblePartyIds.has(r.partyId))),
    );
    return Promise.all(visible.map((view) => this.instruction(scope, view)));
  }

  private async instruction(scope: ChainScope, view: InstructionView): Promise<Instruction> {
    // receipts and acknowledgements are about the receiving party (and its staff): an engager's are not shown
    const sees = (partyId: string) => scope.subjectPartyIds.has(partyId);
    const status = (await this.queries.instructionStatus(scope.chainId, view.instructionId)) ?? [];
    const current = view.versions.find((v) => v.version === view.currentVersion) ?? view.versions[view.versions.length - 1];
    return {
      id: view.instructionId,
      issuerPartyId: view.issuerPartyId,
      currentVersion: view.currentVersion,
      title: current.content[0]?.title ?? '',
      versions: view.versions.map((v) => ({
        version: v.version,
        content: v.content.map((c) => ({ ...c })),
        topics: [...v.topics],
        contentHash: v.contentHash,
        current: v.current,
        issuedAt: at(v.issuedAt),
        recordedAt: at(v.recordedAt),
        receipts: v.receipts.filter((r) => sees(r.partyId)).map((r) => ({ ...r, receivedAt: at(r.receivedAt), recordedAt: at(r.recordedAt) })),
        acknowledgements: v.acknowledgements
          .filter((a) => sees(a.partyId))
          .map((a) => ({ ...a, acknowledgedAt: at(a.acknowledgedAt), recordedAt: at(a.recordedAt) })),
      })),
      status: status
        .filter((s) => sees(s.partyId))
        .map((s) => ({
          ...s,
          status: AcknowledgementState[s.status],
          acknowledgedAt: s.acknowledgedAt ? at(s.acknowledgedAt) : null,
        })),
    };
  }

  async checks(scope: ChainScope): Promise<VergewisCheck[]> {
    const views = await this.queries.checks(scope.chainId);
    return views.filter((c) => canSeeCheck(scope.subjectPartyIds, scope.viewerPartyId, c)).map(toCheck);
  }

  async incidents(scope: ChainScope): Promise<Incident[]> {
    const [views, corrections] = await Promise.all([this.queries.incidents(scope.chainId), this.queries.corrections(scope.chainId)]);
    return views
      .filter((view) => canSeeIncident(scope.subjectPartyIds, scope.viewerPartyId, incidentSight(view)))
      .map((view) => {
        const incident = toIncident(view, corrections.filter((c) => c.targetEventId === view.eventId));
        if (mayReadInjury(view, readerOf(scope))) return incident;
        // the report's description, a reclassification's reason and a correction's description are the injury
        return {
          ...incident,
          description: INJURY_WITHHELD,
          reclassifications: incident.reclassifications.map((r) => ({ ...r, reason: INJURY_WITHHELD })),
          corrections: incident.corrections.map(withheldCorrection),
        };
      });
  }

  /** Corrections and retractions of entries the caller may see (the chain's own details: everyone in it). */
  async corrections(scope: ChainScope): Promise<EntryCorrection[]> {
    const [views, visible, incidents] = await Promise.all([
      this.queries.corrections(scope.chainId),
      this.visibleEntryIds(scope),
      this.queries.incidents(scope.chainId),
    ]);
    // the texts of a corrected injury follow the injury's need to know
    const withheld = new Set(incidents.filter((i) => !mayReadInjury(i, readerOf(scope))).map((i) => i.eventId));
    return views
      .filter((c) => c.targetType === 'ChainOpened' || visible.has(c.targetEventId))
      .map((c) => (withheld.has(c.targetEventId) ? toCorrection({ ...c, changes: withheldCorrectionValues(c.changes), previousValues: withheldCorrectionValues(c.previousValues) }) : toCorrection(c)));
  }

  /** The event ids of every entry the caller may see: links, receipts, acknowledgements, checks, incidents, notifications. */
  private async visibleEntryIds(scope: ChainScope): Promise<Set<string>> {
    const [links, instructions, checks, incidents] = await Promise.all([
      this.visibleLinks(scope),
      this.queries.instructions(scope.chainId),
      this.queries.checks(scope.chainId),
      this.queries.incidents(scope.chainId),
    ]);
    const ids = new Set<string>();
    for (const link of links) for (const id of [link.eventId, link.endEventId]) if (id) ids.add(id);
    for (const version of instructions.flatMap((i) => i.versions)) {
      for (const entry of [...version.receipts, ...version.acknowledgements]) if (scope.subjectPartyIds.has(entry.partyId)) ids.add(entry.eventId);
    }
    for (const check of checks) if (canSeeCheck(scope.subjectPartyIds, scope.viewerPartyId, check)) ids.add(check.eventId);
    for (const incident of incidents) {
      if (!canSeeIncident(scope.subjectPartyIds, scope.viewerPartyId, incidentSight(incident))) continue;
      ids.add(incident.eventId);
      for (const notification of incident.notifications) ids.add(notification.eventId);
    }
    return ids;
  }

  /** The domain's `linksSeenBy` on the chain's link rows. */
  private async visibleLinks(scope: ChainScope): Promise<LinkView[]> {
    const links = await this.queries.links(scope.chainId);
    return linksSeenBy(links, scope.viewerPartyId, scope.isPrincipal);
  }
}

function readerOf(scope: ChainScope): InjuryReader {
  return { kind: 'MEMBER', partyId: scope.viewerPartyId, workerId: scope.viewerWorkerId };
}

/** A correction of a withheld injury, as the GraphQL object carries it (its values as JSON text). */
function withheldCorrection(correction: EntryCorrection): EntryCorrection {
  const cut = (json: string) => JSON.stringify(withheldCorrectionValues(JSON.parse(json) as Record<string, unknown>));
  return { ...correction, changes: cut(correction.changes), previousValues: cut(correction.previousValues) };
}

function incidentSight(view: IncidentView): IncidentSight {
  return {
    reporterPartyId: view.reporterPartyId,
    victim: view.victim,
    notifiedPartyIds: view.notifications.flatMap((n) => (!n.retracted && n.recipient.kind === 'PARTY' ? [n.recipient.partyId] : [])),
  };
}

function toLink(view: LinkView): Link {
  return {
    id: view.id,
    fromPartyId: view.fromPartyId,
    toPartyId: view.toPartyId,
    kind: view.kind,
    scope: view.scope,
    underAuthority: view.underAuthority,
    startDate: view.startDate,
    endDate: view.endDate,
    endReason: view.endReason,
    active: view.active,
    engagedAt: at(view.engagedAt),
    recordedAt: at(view.recordedAt),
  };
}

function toCheck(view: VergewisCheckView): VergewisCheck {
  return {
    ...view,
    evidence: view.evidence.map((e) => ({ ...e })),
    checkedAt: at(view.checkedAt),
    recordedAt: at(view.recordedAt),
  };
}

function toCorrection(view: CorrectionView): EntryCorrection {
  return {
    eventId: view.eventId,
    targetEventId: view.targetEventId,
    targetType: view.targetType,
    kind: view.kind,
    reason: view.reason,
    changes: JSON.stringify(view.changes ?? {}),
    previousValues: JSON.stringify(view.previousValues ?? {}),
    byPartyId: view.byPartyId,
    occurredAt: at(view.occurredAt),
    recordedAt: at(view.recordedAt),
  };
}

function toIncident(view: IncidentView, corrections: readonly CorrectionView[]): Incident {
  return {
    id: view.id,
    reporterPartyId: view.reporterPartyId,
    kind: view.kind,
    happenedAt: at(view.happenedAt),
    location: view.location,
    description: view.description,
    topics: [...view.topics],
    victim: view.victim ? { ...view.victim } : null,
    severity: view.severity,
    absenceDays: view.absenceDays,
    reportedSeverity: view.reportedSeverity,
    reportedAbsenceDays: view.reportedAbsenceDays,
    victimRelation: view.victimRelation,
    authorityHolderPartyId: view.authorityHolderPartyId,
    reportedAt: at(view.reportedAt),
    retracted: view.retracted,
    notifications: view.notifications.map((n) => ({
      eventId: n.eventId,
      notifierPartyId: n.notifierPartyId,
      recipientPartyId: n.recipient.kind === 'PARTY' ? n.recipient.partyId : null,
      recipientAuthority: n.recipient.kind === 'AUTHORITY' ? n.recipient.authority : null,
      channel: n.channel,
      reference: n.reference,
      notifiedAt: at(n.notifiedAt),
      recordedAt: at(n.recordedAt),
      retracted: n.retracted,
    })),
    reclassifications: view.reclassifications.map((r) => ({
      eventId: r.eventId,
      severity: r.severity,
      absenceDays: r.absenceDays,
      previousSeverity: r.previousSeverity,
      previousAbsenceDays: r.previousAbsenceDays,
      becameKnownAt: at(r.becameKnownAt),
      reason: r.reason,
      byPartyId: r.byPartyId,
      recordedAt: at(r.recordedAt),
    })),
    corrections: corrections.map(toCorrection),
  };
}
