import { membershipEventTypes, type MembershipEvent } from '@schakel/domain';
import type { Projection } from '../runner/projection';
import { unhandled } from '../runner/logged-event';
import { MemberRow } from './member.entity';

/** Who may act for which party, from the membership events on the party streams. */
export const memberProjection: Projection = {
  name: 'members',
  handles: new Set<string>(membershipEventTypes),
  owns: [MemberRow],
  async apply(logged, manager) {
    const event = { type: logged.type, data: logged.data } as MembershipEvent;
    switch (event.type) {
      case 'MemberInvited': {
        const { partyId, userId, invitationId, email, name, role, workerId, language } = event.data;
        const row: MemberRow = { partyId, userId, invitationId, email, name, role, workerId, language, status: 'INVITED', invitedAt: logged.occurredAt, joinedAt: null, identityIssuer: null, identitySubject: null };
        await manager.upsert(MemberRow, row, ['partyId', 'userId']);
        return;
      }
      case 'InvitationAccepted':
        await manager.update(MemberRow, { partyId: event.data.partyId, userId: event.data.userId }, { status: 'ACTIVE', joinedAt: logged.occurredAt });
        return;
      case 'MemberRoleChanged':
        await manager.update(MemberRow, { partyId: event.data.partyId, userId: event.data.userId }, { role: event.data.role, workerId: event.data.workerId });
        return;
      case 'MemberRemoved':
        await manager.delete(MemberRow, { partyId: event.data.partyId, userId: event.data.userId });
        return;
      case 'MemberIdentityLinked':
        await manager.update(MemberRow, { partyId: event.data.partyId, userId: event.data.userId }, { identityIssuer: event.data.issuer, identitySubject: event.data.subject });
        return;
      default:
        unhandled(event, logged);
    }
  },
};
