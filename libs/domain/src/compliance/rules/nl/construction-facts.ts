import type { LinkState, OpenedChain } from '../../../chain/chain.state';
import { siteRoleOf } from '../../../chain/duties/arbo-employer';
import type { RuleContext } from '../../finding';
import { earliest, ms, startOfDay } from '../../rule-time';

export const ARBOBESLUIT_FROM = '1997-01-01';

export type ProjectFigures = { estimatedWorkingDays: number; peakSimultaneousWorkers: number; personDays: number };

/** Prior notice is required above either threshold; exactly 30 days or exactly 500 person-days is not above. */
export function crossesNoticeThreshold(p: ProjectFigures): boolean {
  return (p.estimatedWorkingDays > 30 && p.peakSimultaneousWorkers > 20) || p.personDays > 500;
}

export function latestDescription(state: OpenedChain) {
  const list = state.duties.projectDescriptions;
  return list.length ? list[list.length - 1] : null;
}

/** A building site: a chain opened for construction works, or one whose project was described. */
export function isConstructionSite(state: OpenedChain): boolean {
  return state.sector === 'CONSTRUCTION' || state.duties.projectDescriptions.length > 0;
}

/** Site start: the planned start day, or the first recorded work start if earlier; without a description, the first work start. */
export function siteStart(context: RuleContext): string | null {
  const description = latestDescription(context.state);
  const firstWork = context.state.duties.workStarts.map((w) => context.time(w.stamp));
  return earliest([description ? startOfDay(description.plannedSiteStart) : null, ...firstWork]);
}

/** Links whose parties work on site (a supplier delivering does not count). */
const worksOnSite = (link: LinkState) => link.kind !== 'SUPPLY';

/**
 * When the site first had two or more employers, one employer and a zelfstandige, or two or more
 * zelfstandigen (Arbobesluit 2.29), counted by Arbo standing: a zzp'er under gezag and a lent worker
 * count as werknemers of the gezag holder / hirer, never as zelfstandigen.
 */
export function coordinatorsRequiredSince(context: RuleContext): { at: string; eventId: string } | null {
  const employers = new Set<string>();
  const selfEmployed = new Set<string>();
  const links = context.state.links.filter(worksOnSite).sort((a, b) => ms(context.time(a.engaged)) - ms(context.time(b.engaged)));
  for (const link of links) {
    const role = siteRoleOf(link);
    if ('employerPartyId' in role) employers.add(role.employerPartyId);
    else selfEmployed.add(role.selfEmployedPartyId);
    if (employers.size + selfEmployed.size >= 2) return { at: context.time(link.engaged), eventId: link.engaged.eventId };
  }
  return null;
}

/** The party on site answerable for a worker: its Arbo employer, or the zzp'er itself. */
export function onSitePartyOf(link: LinkState): string {
  const role = siteRoleOf(link);
  return 'employerPartyId' in role ? role.employerPartyId : role.selfEmployedPartyId;
}
