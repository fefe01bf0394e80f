import { graphql } from '../../gql';
import type { ContractorChainQuery, ContractorInstructionsQuery } from '../../gql/graphql';

/** Everything the contractor's screens of one chain need, as the signed-in party may see it. */
export const CONTRACTOR_CHAIN = graphql(`
  query ContractorChain($chainId: ID!) {
    myParty { id name kind }
    chain(id: $chainId) {
      id name version viewerIsPrincipal
      principal { id name }
      treeSize
      tree { depth kind linkId parentPartyId partyId partyName active scope underAuthority endDate }
      links { id kind fromPartyId toPartyId underAuthority active startDate endDate scope }
      parties { id name kvkNumber kind workers { id name } }
      instructions { id title currentVersion issuerPartyId }
      checks { id subject outcome summary checkedAt validUntil subjectPartyId subjectWorkerId checkerPartyId retracted evidence { name sha256 sizeBytes } }
    }
    findings(chainId: $chainId) {
      ruleId title explanation arisenAt resolvedAt partyIds evidenceEventIds policyNote
      basis { article text kind }
    }
  }
`);

/**
 * The instructions of the chain with who received which version over which link, and who acknowledged
 * the current one (a query of its own: with the chain's structure it would cost more than one request may).
 */
export const CONTRACTOR_INSTRUCTIONS = graphql(`
  query ContractorInstructions($chainId: ID!) {
    chain(id: $chainId) {
      id
      instructions {
        id title currentVersion issuerPartyId
        status { partyId workerId status receivedVersion acknowledgedVersion channel acknowledgedAt }
        versions { version topics receipts { linkId partyId version retracted receivedAt } }
      }
    }
  }
`);

/** The texts of every version of the chain's instructions (to start a new version from the current one). */
export const INSTRUCTION_TEXTS = graphql(`
  query InstructionTexts($chainId: ID!) {
    chain(id: $chainId) {
      id
      instructions { id versions { version content { language title body } } }
    }
  }
`);

export type ContractorView = ContractorChainQuery;
export type ContractorInstruction = ContractorInstructionsQuery['chain']['instructions'][number];

/** Names for the ids of the chain: people read names, never ids. */
export function namesIn(view: ContractorView): Map<string, string> {
  const names = new Map<string, string>();
  for (const node of view.chain.tree) names.set(node.partyId, node.partyName);
  for (const party of view.chain.parties) {
    names.set(party.id, party.name);
    for (const worker of party.workers) names.set(worker.id, worker.name);
  }
  return names;
}

/** The links my party holds (it engaged the other end), active ones first. */
export function myLinks(view: ContractorView, partyId: string) {
  return view.chain.links.filter((l) => l.fromPartyId === partyId).sort((a, b) => Number(b.active) - Number(a.active));
}

/** The parties below mine through active links, any depth (whom I may check). */
export function partiesBelow(view: ContractorView, partyId: string): string[] {
  const below = new Set<string>();
  let frontier = [partyId];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const link of view.chain.links) {
      if (link.active && frontier.includes(link.fromPartyId) && !below.has(link.toPartyId) && link.toPartyId !== partyId) {
        below.add(link.toPartyId);
        next.push(link.toPartyId);
      }
    }
    frontier = next;
  }
  return [...below];
}

/** The highest version of an instruction my party holds: every version it issued, or the versions it received. */
export function heldVersion(instruction: ContractorInstruction, partyId: string): number | null {
  if (instruction.issuerPartyId === partyId) return instruction.currentVersion;
  const received = instruction.versions.flatMap((v) => v.receipts.filter((r) => r.partyId === partyId && !r.retracted).map((r) => r.version));
  return received.length > 0 ? Math.max(...received) : null;
}
