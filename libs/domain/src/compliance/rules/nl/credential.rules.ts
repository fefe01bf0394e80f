import type { CertificateScheme } from '../../../credentials/credential.events';
import type { ComplianceRule, FindingDraft, RuleContext } from '../../finding';
import { addYears, isAfter, intervalDrafts, ms, nextDay } from '../../rule-time';

const vcaRank: Partial<Record<CertificateScheme, number>> = { VCA_1STAR: 1, VCA_2STAR: 2, VCA_PETROCHEMIE: 3 };

/** The latest record of each certificate of a party known at `at`. */
function certificatesAt(context: RuleContext, partyId: string, at: string) {
  const latest = new Map<string, RuleContext['certificates'][number]>();
  for (const c of context.certificates) {
    if (c.partyId === partyId && !isAfter(context.time(c.stamp), at)) latest.set(c.certificateId, c);
  }
  return [...latest.values()];
}

function validOn(c: { status: string; issuedOn: string; validUntil: string }, date: string): boolean {
  return c.status === 'VALID' && c.issuedOn <= date && date <= c.validUntil;
}

function satisfies(scheme: CertificateScheme, required: CertificateScheme): boolean {
  if (scheme === required) return true;
  const have = vcaRank[scheme];
  const need = vcaRank[required];
  return have !== undefined && need !== undefined && have >= need;
}

/** The latest requirements per link, with when they were set. */
function requirements(context: RuleContext) {
  const latest = new Map<string, RuleContext['state']['duties']['requirements'][number]>();
  for (const r of context.state.duties.requirements) latest.set(r.linkId, r);
  return [...latest.values()];
}

function candidateTimes(context: RuleContext, partyId: string, from: string): string[] {
  const times = [from];
  for (const c of context.certificates.filter((c) => c.partyId === partyId)) times.push(context.time(c.stamp), nextDay(c.validUntil));
  for (const l of context.state.links.filter((l) => l.fromPartyId === partyId)) times.push(context.time(l.engaged));
  return times.filter((t) => !isAfter(from, t));
}

export const certificateRule: ComplianceRule = {
  id: 'NL-VCA-CERT',
  title: 'Company certificate expired, suspended, or below the required level',
  basis: { article: 'VCA scheme; contract minimum', kind: 'CERTIFICATION_OR_CONTRACT', text: 'The engaged party holds a valid VCA certificate of the level the contract requires; VCA** when it subcontracts.' },
  inForceFrom: () => '1994-01-01',
  evaluate: (context) =>
    requirements(context)
      .filter((r) => r.minimumCertificate !== null)
      .flatMap((r): FindingDraft[] => {
        const link = context.state.links.find((l) => l.linkId === r.linkId);
        if (!link) return [];
        const holder = link.toPartyId;
        const from = context.time(r.stamp);
        const requiredAt = (at: string): CertificateScheme => {
          const subcontracts = context.state.links.some((l) => l.fromPartyId === holder && !isAfter(context.time(l.engaged), at));
          return subcontracts && r.minimumCertificate === 'VCA_1STAR' ? 'VCA_2STAR' : (r.minimumCertificate as CertificateScheme);
        };
        const violated = (at: string) =>
          !certificatesAt(context, holder, at).some((c) => validOn(c, at.slice(0, 10)) && satisfies(c.scheme, requiredAt(at)));
        return intervalDrafts(candidateTimes(context, holder, from), context.asOf, violated, (at) => ({
          partyIds: [holder, link.fromPartyId],
          evidenceEventIds: [r.stamp.eventId, ...certificatesAt(context, holder, at).map((c) => c.stamp.eventId)],
          explanation: `${holder} held no valid ${requiredAt(at)} certificate (or better) on ${at.slice(0, 10)}, as required on link ${link.linkId}.`,
        }));
      }),
};

export const ladderRule: ComplianceRule = {
  id: 'SCL-STEP',
  title: 'Safety Culture Ladder step below the contract minimum',
  basis: { article: 'Contract (Veiligheidsladder)', kind: 'CERTIFICATION_OR_CONTRACT', text: 'The engaged party holds a valid Safety Culture Ladder certificate of at least the step the contract requires.' },
  inForceFrom: () => '2012-01-01',
  evaluate: (context) =>
    requirements(context)
      .filter((r) => r.minimumLadderStep !== null)
      .flatMap((r): FindingDraft[] => {
        const link = context.state.links.find((l) => l.linkId === r.linkId);
        if (!link) return [];
        const holder = link.toPartyId;
        const min = r.minimumLadderStep as number;
        const violated = (at: string) =>
          !certificatesAt(context, holder, at).some(
            (c) => c.scheme === 'SAFETY_CULTURE_LADDER' && (c.ladderStep ?? 0) >= min && validOn(c, at.slice(0, 10)),
          );
        return intervalDrafts(candidateTimes(context, holder, context.time(r.stamp)), context.asOf, violated, (at) => ({
          partyIds: [holder, link.fromPartyId],
          evidenceEventIds: [r.stamp.eventId, ...certificatesAt(context, holder, at).map((c) => c.stamp.eventId)],
          explanation: `${holder} held no valid Safety Culture Ladder certificate of step ${min} or higher on ${at.slice(0, 10)}, as required on link ${link.linkId}.`,
        }));
      }),
};

/** A diploma counts for 10 years: exactly 10 years old to the day still counts, a day later it does not. */
export function diplomaValidOn(issuedOn: string, date: string): boolean {
  return issuedOn <= date && date <= addYears(issuedOn, 10);
}

export const diplomaRule: ComplianceRule = {
  id: 'NL-VCA-DIPLOMA',
  title: 'Worker without a VCA diploma younger than 10 years',
  basis: { article: 'VCA scheme (B-VCA, VOL-VCA, VIL-VCU: 10 years)', kind: 'CERTIFICATION_OR_CONTRACT', text: 'Where the contract requires it, each worker holds a VCA diploma no older than 10 years when starting work.' },
  inForceFrom: () => '1994-01-01',
  evaluate: (context) => {
    const seen = new Set<string>();
    return context.state.duties.workStarts.flatMap((start): FindingDraft[] => {
      const at = context.time(start.stamp);
      const requirement = context.state.duties.requirements.filter((r) => r.linkId === start.linkId && !isAfter(context.time(r.stamp), at)).pop();
      if (!requirement?.workerDiplomaRequired) return [];
      const key = `${start.linkId}/${start.workerId}`;
      if (seen.has(key)) return [];
      const date = at.slice(0, 10);
      const diplomas = context.diplomas
        .filter((d) => d.partyId === start.partyId && d.workerId === start.workerId && diplomaValidOn(d.issuedOn, date))
        .map((d) => ({ d, at: context.time(d.stamp) }))
        .sort((a, b) => ms(a.at) - ms(b.at));
      const valid = diplomas[0];
      if (valid && !isAfter(valid.at, at)) return [];
      seen.add(key);
      return [
        {
          partyIds: [start.partyId],
          arisenAt: at,
          resolvedAt: valid?.at ?? null,
          evidenceEventIds: [requirement.stamp.eventId, start.stamp.eventId, ...(valid ? [valid.d.stamp.eventId] : [])],
          explanation: `Worker ${start.workerId} of ${start.partyId} started on ${date} without a VCA diploma issued within the last 10 years.`,
        },
      ];
    });
  },
};
