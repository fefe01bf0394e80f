import type { CertificateScheme } from '../../../credentials/credential.events';
import type { LinkState } from '../../../chain/chain.state';
import { arboStandingOf } from '../../../chain/duties/arbo-employer';
import type { RuleContext } from '../../finding';
import { isAfter, nextDay } from '../../rule-time';

const vcaRank: Partial<Record<CertificateScheme, number>> = { VCA_1STAR: 1, VCA_2STAR: 2, VCA_PETROCHEMIE: 3 };

/** The latest record of each certificate of a party known at `at`. */
export function certificatesAt(context: RuleContext, partyId: string, at: string) {
  const latest = new Map<string, RuleContext['certificates'][number]>();
  for (const c of context.certificates) {
    if (c.partyId === partyId && !isAfter(context.time(c.stamp), at)) latest.set(c.certificateId, c);
  }
  return [...latest.values()];
}

export function validOn(c: { status: string; issuedOn: string; validUntil: string }, date: string): boolean {
  return c.status === 'VALID' && c.issuedOn <= date && date <= c.validUntil;
}

export function satisfies(scheme: CertificateScheme, required: CertificateScheme): boolean {
  if (scheme === required) return true;
  const have = vcaRank[scheme];
  const need = vcaRank[required];
  return have !== undefined && need !== undefined && have >= need;
}

/** The latest requirements per link, with when they were set. */
export function requirements(context: RuleContext) {
  const latest = new Map<string, RuleContext['state']['duties']['requirements'][number]>();
  for (const r of context.state.duties.requirements) latest.set(r.linkId, r);
  return [...latest.values()];
}

export function candidateTimes(context: RuleContext, partyId: string, from: string): string[] {
  const times = [from];
  for (const c of context.certificates.filter((c) => c.partyId === partyId)) times.push(context.time(c.stamp), nextDay(c.validUntil));
  for (const l of context.state.links.filter((l) => l.fromPartyId === partyId && subcontractsWork(l))) times.push(context.time(l.engaged));
  return times.filter((t) => !isAfter(from, t));
}


/**
 * Subcontracting work: engaging another employer or a zelfstandige for work (VCA**). Buying supplies
 * is not; nor is hiring lent workers or a zzp'er under gezag, who work as the party's own werknemers.
 */
export function subcontractsWork(link: LinkState): boolean {
  return link.kind !== 'SUPPLY' && arboStandingOf(link.toPartyId, link).arboEmployerPartyId !== link.fromPartyId;
}
