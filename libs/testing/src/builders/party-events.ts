import type { InvitationAccepted, MemberInvited, PartyRegistered, WorkerRegistered } from '@schakel/domain';

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

export function memberInvited(data: Partial<MemberInvited['data']> & { partyId: string; userId: string }): MemberInvited {
  return {
    type: 'MemberInvited',
    data: {
      invitationId: `inv-${data.userId}`,
      email: `${data.userId}@example.nl`,
      name: `Member ${data.userId}`,
      role: 'MANAGER',
      workerId: null,
      language: 'nl',
      invitedBy: 'admin',
      ...data,
    },
  };
}

export function invitationAccepted(partyId: string, userId: string, invitationId = `inv-${userId}`): InvitationAccepted {
  return { type: 'InvitationAccepted', data: { partyId, invitationId, userId } };
}
