import type { PartyRegistered, WorkerRegistered } from '@schakel/domain';

export function partyRegistered(data: Partial<PartyRegistered['data']> & { partyId: string }): PartyRegistered {
  return {
    type: 'PartyRegistered',
    data: {
      kind: 'ORGANISATION',
      name: `Party ${data.partyId}`,
      kvkNumber: null,
      country: 'NL',
      registeredBy: null,
      ...data,
    },
  };
}

export function workerRegistered(
  data: Partial<WorkerRegistered['data']> & { partyId: string; workerId: string },
): WorkerRegistered {
  return {
    type: 'WorkerRegistered',
    data: { name: `Worker ${data.workerId}`, languages: ['nl'], relation: 'EMPLOYEE', ...data },
  };
}
