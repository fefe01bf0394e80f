import type { CertificateScheme } from '../../../credentials/credential.events';
import type { ComplianceRule, FindingDraft } from '../../finding';
import { intervalDrafts, isAfter } from '../../rule-time';
import { candidateTimes, certificatesAt, requirements, satisfies, subcontractsWork, validOn } from './credential-facts';

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
          const subcontracts = context.state.links.some((l) => l.fromPartyId === holder && subcontractsWork(l) && !isAfter(context.time(l.engaged), at));
          return subcontracts && r.minimumCertificate === 'VCA_1STAR' ? 'VCA_2STAR' : (r.minimumCertificate as CertificateScheme);
        };
        const violated = (at: string) =>
          !certificatesAt(context, holder, at).some((c) => validOn(c, at.slice(0, 10)) && satisfies(c.scheme, requiredAt(at)));
        return intervalDrafts(candidateTimes(context, holder, from), context.asOf, violated, (at) => ({
          partyIds: [holder, link.fromPartyId],
          evidenceEventIds: [r.stamp.eventId, ...certificatesAt(context, holder, at).map((c) => c.stamp.eventId)],
          explanation: `${context.name(holder)} held no valid ${requiredAt(at)} certificate (or better) on ${at.slice(0, 10)}, as ${context.name(link.fromPartyId)} requires of it${requiredAt(at) !== r.minimumCertificate ? ' (VCA** because it subcontracts work)' : ''}.`,
          message: {
            key: requiredAt(at) !== r.minimumCertificate ? 'NL-VCA-CERT.SUBCONTRACTS' : 'NL-VCA-CERT',
            params: { holder: context.name(holder), scheme: requiredAt(at), on: { date: at.slice(0, 10) }, requiredBy: context.name(link.fromPartyId) },
          },
        }));
      }),
};
