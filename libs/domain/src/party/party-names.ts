import type { PartyEvent } from './party.events';

/** Names by id of the parties and workers in these party-stream events: what a finding's text shows. */
export function partyAndWorkerNames(events: readonly PartyEvent[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const event of events) {
    if (event.type === 'PartyRegistered') names[event.data.partyId] = event.data.name;
    if (event.type === 'WorkerRegistered') names[event.data.workerId] = event.data.name;
  }
  return names;
}
