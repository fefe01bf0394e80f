import type { OpenedChain } from '../../../chain/chain.state';
import type { RuleContext } from '../../finding';
import { earliest, ms, startOfDay } from '../../rule-time';

export type ProjectFigures = { estimatedWorkingDays: number; peakSimultaneousWorkers: number; personDays: number };

/** Prior notice is required above either threshold; exactly 30 days or exactly 500 person-days is not above. */
export function crossesNoticeThreshold(p: ProjectFigures): boolean {
  return (p.estimatedWorkingDays > 30 && p.peakSimultaneousWorkers > 20) || p.personDays > 500;
}

export function latestDescription(state: OpenedChain) {
  const list = state.duties.projectDescriptions;
  return list.length ? list[list.length - 1] : null;
}

/** Site start: the planned start day, or the first recorded work start if that came earlier. */
export function siteStart(context: RuleContext): string | null {
  const description = latestDescription(context.state);
  if (!description) return null;
  const firstWork = context.state.duties.workStarts.map((w) => context.time(w.stamp));
  return earliest([startOfDay(description.plannedSiteStart), ...firstWork]);
}

/** Employers (organisations engaged by SUBCONTRACT) and zzp'ers on the site. */
export function siteParties(state: OpenedChain): { employers: string[]; selfEmployed: string[] } {
  const employers = new Set<string>();
  const selfEmployed = new Set<string>();
  for (const link of state.links) {
    if (link.kind === 'SUBCONTRACT') employers.add(link.toPartyId);
    if (link.kind === 'SELF_EMPLOYED') selfEmployed.add(link.toPartyId);
  }
  return { employers: [...employers], selfEmployed: [...selfEmployed] };
}

/** When the site first had ≥2 employers, 1 employer and a zzp'er, or ≥2 zzp'ers (coordinators required), or null. */
export function coordinatorsRequiredSince(context: RuleContext): { at: string; eventId: string } | null {
  const employers = new Set<string>();
  const selfEmployed = new Set<string>();
  const links = [...context.state.links].sort((a, b) => ms(context.time(a.engaged)) - ms(context.time(b.engaged)));
  for (const link of links) {
    if (link.kind === 'SUBCONTRACT') employers.add(link.toPartyId);
    else if (link.kind === 'SELF_EMPLOYED') selfEmployed.add(link.toPartyId);
    else continue;
    if (employers.size + selfEmployed.size >= 2) return { at: context.time(link.engaged), eventId: link.engaged.eventId };
  }
  return null;
}
