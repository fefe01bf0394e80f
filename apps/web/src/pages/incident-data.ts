import { graphql } from '../gql';
import type { ChainIncidentsQuery } from '../gql/graphql';

/** A chain's incidents with what it takes to name everyone in them (parties, workers, links). */
export const CHAIN_INCIDENTS = graphql(`
  query ChainIncidents($chainId: ID!) {
    chain(id: $chainId) {
      id name viewerIsPrincipal
      instructions { id title }
      tree { partyId partyName linkId }
      parties { id name workers { id name } }
      links { id kind fromPartyId toPartyId active underAuthority scope }
      incidents {
        id kind happenedAt location description severity absenceDays victimRelation authorityHolderPartyId reporterPartyId retracted reportedAt topics
        victim { partyId workerId linkId }
        notifications { eventId notifierPartyId recipientPartyId recipientAuthority channel reference notifiedAt recordedAt retracted }
      }
    }
  }
`);

export type ChainIncidents = ChainIncidentsQuery['chain'];
export type IncidentRow = ChainIncidents['incidents'][number];

/** Names of the parties and workers of a chain, by id. */
export function incidentNames(chain: ChainIncidents): Map<string, string> {
  const names = new Map<string, string>();
  for (const node of chain.tree) names.set(node.partyId, node.partyName);
  for (const party of chain.parties) {
    names.set(party.id, party.name);
    for (const worker of party.workers) names.set(worker.id, worker.name);
  }
  return names;
}

/** The text the API shows instead of an injury to a reader without need to know (docs/personal-data.md). */
export const INJURY_WITHHELD_PREFIX = 'withheld: health data';

const firstBy = <T extends { notifiedAt: string }>(list: T[]) => [...list].sort((a, b) => Date.parse(a.notifiedAt) - Date.parse(b.notifiedAt))[0] ?? null;

/** The Arbo employer's report to the NLA (the first, and the first by phone), and its word to the victim's agency. */
export function reportsOf(incident: IncidentRow) {
  const holder = incident.authorityHolderPartyId;
  const live = incident.notifications.filter((n) => !n.retracted && n.notifierPartyId === holder);
  const nla = live.filter((n) => n.recipientAuthority === 'NLA');
  const report = firstBy(nla);
  return {
    report,
    phoned: firstBy(nla.filter((n) => n.channel === 'PHONE')),
    agencyInformed: incident.victim ? firstBy(live.filter((n) => n.recipientPartyId === incident.victim!.partyId)) : null,
  };
}
