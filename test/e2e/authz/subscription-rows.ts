// The subscription matrix: every subscription of the schema, held by every identity of the world
// over a real WebSocket while something happens, and what each received — or the error it got
// when it subscribed.
import { daysAgo, instructionV1, ok } from '../chain-story';
import type { Who, World } from './authz-world';

export type Heard = string[] | string;
export interface SubscriptionRow {
  /** The root subscription field the row exercises. */
  readonly subscription: string;
  readonly what: string;
  readonly query: string;
  variables(world: World): Record<string, unknown>;
  /** What happens while everyone listens. */
  happen(world: World): Promise<void>;
  /** A received update, as the table names it. */
  label(update: any): string;
  readonly expect: Readonly<Record<Who, Heard>>;
}

const NOT_VISIBLE = 'FORBIDDEN/CHAIN_NOT_VISIBLE';
const ROLE = 'FORBIDDEN/ROLE_NOT_ALLOWED';
const CHAIN_CHANGED = 'subscription($chainId: ID!) { chainChanged(chainId: $chainId) { chainId eventType byPartyName byWorkerName } }';
const FINDING_CHANGED = 'subscription($chainId: ID!) { findingChanged(chainId: $chainId) { chainId change finding { ruleId partyIds } } }';
const mainChain = (world: World) => ({ chainId: world.chainId });
const BOTH = ['CorrectiveActionAssigned by Bouwbedrijf Van Dijk', 'CorrectiveActionCommented by Bouwbedrijf Van Dijk'];

/** Everyone else in the world, as the chain's members and outsiders answer by default. */
function heard(seen: Partial<Record<Who, Heard>>): Record<Who, Heard> {
  return {
    admin: ROLE,
    principal: [],
    main: [],
    steel: [],
    sibling: [],
    agency: [],
    jan: [],
    piotr: [],
    marek: [],
    sanne: [],
    outsider: NOT_VISIBLE,
    inspector: ROLE,
    inspectorNoGrant: ROLE,
    ...seen,
  };
}

export const subscriptionRows: SubscriptionRow[] = [
  {
    subscription: 'chainChanged',
    what: "a steel worker acknowledges: steel and the parties above it hear it, with the worker's name",
    query: CHAIN_CHANGED,
    variables: mainChain,
    happen: async (world) => {
      await ok(world.api, 'acknowledgeInstruction', { chainId: world.chainId, instructionId: world.instruction.passedDown, version: 1, language: 'nl' }, world.token('sanne'));
    },
    label: (u) => `${u.eventType} by ${u.byWorkerName ?? u.byPartyName}`,
    expect: heard({
      principal: ['SafetyInstructionAcknowledged by Sanne Bakker'],
      main: ['SafetyInstructionAcknowledged by Sanne Bakker'],
      steel: ['SafetyInstructionAcknowledged by Sanne Bakker'],
      sanne: ['SafetyInstructionAcknowledged by Sanne Bakker'],
    }),
  },
  {
    subscription: 'chainChanged',
    what: 'main records a check about the sibling: the sibling hears it, steel and below do not',
    query: CHAIN_CHANGED,
    variables: mainChain,
    happen: async (world) => {
      await ok(
        world.api,
        'recordVergewisCheck',
        { chainId: world.chainId, subjectPartyId: world.party.sibling, subject: 'OTHER', outcome: 'CONFIRMED', summary: 'Werkplek gezien', evidence: [], validUntil: null },
        world.token('main'),
      );
    },
    label: (u) => `${u.eventType} by ${u.byPartyName}`,
    expect: heard({
      principal: ['VergewisCheckRecorded by Bouwbedrijf Van Dijk'],
      main: ['VergewisCheckRecorded by Bouwbedrijf Van Dijk'],
      sibling: ['VergewisCheckRecorded by Bouwbedrijf Van Dijk'],
    }),
  },
  {
    subscription: 'chainChanged',
    what: "the outsider's own chain: only the outsider hears it",
    query: CHAIN_CHANGED,
    variables: (world) => ({ chainId: world.outsiderChainId }),
    happen: async (world) => {
      await ok(world.api, 'issueSafetyInstruction', { chainId: world.outsiderChainId, ...instructionV1 }, world.token('outsider'));
    },
    label: (u) => u.eventType,
    expect: {
      ...heard({}),
      principal: NOT_VISIBLE,
      main: NOT_VISIBLE,
      steel: NOT_VISIBLE,
      sibling: NOT_VISIBLE,
      agency: NOT_VISIBLE,
      jan: NOT_VISIBLE,
      piotr: NOT_VISIBLE,
      marek: NOT_VISIBLE,
      sanne: NOT_VISIBLE,
      outsider: ['SafetyInstructionIssued'],
    },
  },
  {
    subscription: 'chainChanged',
    what: 'main asks steel to fix something about its incident and comments on it: steel, main and those above hear both',
    query: CHAIN_CHANGED,
    variables: mainChain,
    happen: async (world) => {
      const dueAt = new Date(Date.now() + 48 * 3600_000).toISOString();
      const assigned = await ok(world.api, 'assignCorrectiveAction', { chainId: world.chainId, subjectKind: 'INCIDENT', incidentId: world.incident.sanne, description: 'Steigeranker vastzetten', dueAt }, world.token('main'));
      await ok(world.api, 'commentOnCorrectiveAction', { chainId: world.chainId, actionId: assigned.actionId, text: 'Graag vóór vrijdag' }, world.token('main'));
    },
    label: (u) => `${u.eventType} by ${u.byPartyName}`,
    // as the actions read: the assignee (and its workers, as for every entry about their party), the assigner, and those above
    expect: heard({ principal: BOTH, main: BOTH, steel: BOTH, sanne: BOTH }),
  },
  {
    subscription: 'findingChanged',
    what: "an unreported hospital admission of a steel worker: a finding against steel, heard by steel and the parties above it",
    query: FINDING_CHANGED,
    variables: mainChain,
    happen: async (world) => {
      await ok(
        world.api,
        'reportIncident',
        {
          chainId: world.chainId,
          kind: 'ACCIDENT',
          happenedAt: daysAgo(2),
          location: 'Kelder',
          description: 'Beknelling',
          topics: ['MACHINES'],
          victim: { partyId: world.party.steel, workerId: world.worker.sanne, linkId: world.link.steel },
          severity: 'HOSPITAL_ADMISSION',
          absenceDays: 0,
        },
        world.token('steel'),
      );
    },
    label: (u) => `${u.change} ${u.finding.ruleId}`,
    expect: heard({
      principal: ['AROSE NL-ARBO-9-REPORT'],
      main: ['AROSE NL-ARBO-9-REPORT'],
      steel: ['AROSE NL-ARBO-9-REPORT'],
      sanne: ['AROSE NL-ARBO-9-REPORT'],
    }),
  },
  {
    subscription: 'findingChanged',
    what: "the sibling reports its worker's hospital admission to the NLA: its finding is resolved, heard by the sibling and the parties above it",
    query: FINDING_CHANGED,
    variables: mainChain,
    happen: async (world) => {
      await ok(world.api, 'notifyIncident', { chainId: world.chainId, incidentId: world.incident.bob, authority: 'NLA', channel: 'PHONE' }, world.token('sibling'));
    },
    label: (u) => `${u.change} ${u.finding.ruleId}`,
    expect: heard({
      principal: ['RESOLVED NL-ARBO-9-REPORT'],
      main: ['RESOLVED NL-ARBO-9-REPORT'],
      sibling: ['RESOLVED NL-ARBO-9-REPORT'],
    }),
  },
];
