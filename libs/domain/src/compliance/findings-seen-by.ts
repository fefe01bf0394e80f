import type { PartyId } from '../shared/values';
import type { Finding } from './finding';

/**
 * The findings a viewer may read: every one for the principal; below it, those naming a party
 * whose entries it sees (itself and the parties below it — `chainSight`'s subjects). Findings
 * about the party that engaged it are that party's business, not its own.
 */
export function findingsSeenBy<F extends Pick<Finding, 'partyIds'>>(
  findings: readonly F[],
  viewer: { isPrincipal: boolean; subjectPartyIds: ReadonlySet<PartyId> },
): F[] {
  if (viewer.isPrincipal) return [...findings];
  return findings.filter((finding) => finding.partyIds.some((partyId) => viewer.subjectPartyIds.has(partyId)));
}
