import { partyDecider } from './party.decider';
import { asParty, invitationAccepted, memberInvited, partyRegistered, partySpec, workerRegistered } from '../../../testing/src/builders';
import type { AcceptInvitation, ChangeMemberRole, InviteMember, LinkMemberIdentity, RemoveMember } from './membership.commands';

const invite = (data: Partial<InviteMember['data']> = {}, metadata = asParty('steel', { userId: 'anna' })): InviteMember => ({
  type: 'InviteMember',
  data: { partyId: 'steel', invitationId: 'inv-bob', userId: 'bob', email: ' Bob@Staal.NL ', name: ' Bob Jansen ', role: 'MANAGER', workerId: null, language: 'NL', ...data },
  metadata,
});
const accept = (invitationId = 'inv-bob', userId = 'bob'): AcceptInvitation => ({
  type: 'AcceptInvitation',
  data: { partyId: 'steel', invitationId },
  metadata: asParty('steel', { userId }),
});
const changeRole = (data: Partial<ChangeMemberRole['data']> = {}, metadata = asParty('steel', { userId: 'anna' })): ChangeMemberRole => ({
  type: 'ChangeMemberRole',
  data: { partyId: 'steel', userId: 'bob', role: 'INSPECTOR', workerId: null, ...data },
  metadata,
});
const remove = (userId = 'bob', metadata = asParty('steel', { userId: 'anna' })): RemoveMember => ({
  type: 'RemoveMember',
  data: { partyId: 'steel', userId },
  metadata,
});

const steel = partyRegistered({ partyId: 'steel' });
const anna = [memberInvited({ partyId: 'steel', userId: 'anna' }), invitationAccepted('steel', 'anna')];
const bobInvited = memberInvited({ partyId: 'steel', userId: 'bob', email: 'bob@staal.nl', name: 'Bob Jansen', invitedBy: 'anna' });

describe('membership (party stream)', () => {
  describe('InviteMember', () => {
    it('a manager of the party invites a person, the address lower-cased and the name trimmed', () => {
      partySpec()
        .given([steel, ...anna])
        .when(invite())
        .then([memberInvited({ partyId: 'steel', userId: 'bob', invitationId: 'inv-bob', email: 'bob@staal.nl', name: 'Bob Jansen', role: 'MANAGER', language: 'nl', invitedBy: 'anna' })]);
    });

    it('an installation ADMIN invites the first manager of a party', () => {
      partySpec()
        .given([steel])
        .when(invite({}, asParty(null, { role: 'ADMIN', userId: 'root' })))
        .then([memberInvited({ partyId: 'steel', userId: 'bob', invitationId: 'inv-bob', email: 'bob@staal.nl', name: 'Bob Jansen', language: 'nl', invitedBy: 'root' })]);
    });

    it('a WORKER member is one of the party\'s registered workers', () => {
      partySpec()
        .given([steel, workerRegistered({ partyId: 'steel', workerId: 'w-1' })])
        .when(invite({ role: 'WORKER', workerId: 'w-1' }, asParty(null, { role: 'ADMIN', userId: 'root' })))
        .then([memberInvited({ partyId: 'steel', userId: 'bob', invitationId: 'inv-bob', email: 'bob@staal.nl', name: 'Bob Jansen', role: 'WORKER', workerId: 'w-1', language: 'nl', invitedBy: 'root' })]);
    });

    it.each([
      ['a manager of another party', asParty('main', { userId: 'mallory' })],
      ['a worker of the party', asParty('steel', { role: 'WORKER', workerId: 'w-1' })],
      ['an inspector', asParty('nla', { role: 'INSPECTOR' })],
    ])('refuses an invitation by %s', (_who, metadata) => {
      partySpec().given([steel, ...anna]).when(invite({}, metadata)).thenThrows('MEMBER_MANAGER_REQUIRED');
    });

    it.each([
      [{ email: 'not-an-address' }, 'MEMBER_EMAIL_INVALID'],
      [{ email: 'a b@c.nl' }, 'MEMBER_EMAIL_INVALID'],
      [{ name: '  ' }, 'MEMBER_NAME_REQUIRED'],
      [{ role: 'ADMIN' }, 'INPUT_VALUE_INVALID'],
      [{ language: 'xx-yy' }, 'LANGUAGE_INVALID'],
      [{ role: 'WORKER' }, 'MEMBER_WORKER_REQUIRED'],
      [{ role: 'WORKER', workerId: 'w-9' }, 'WORKER_NOT_FOUND'],
      [{ workerId: 'w-1' }, 'MEMBER_WORKER_ONLY_FOR_WORKER'],
    ] as const)('refuses %j with %s', (data, code) => {
      partySpec().given([steel, ...anna]).when(invite(data as Partial<InviteMember['data']>)).thenThrows(code);
    });

    it('refuses an address that is already a member or invited', () => {
      partySpec().given([steel, ...anna, bobInvited]).when(invite({ userId: 'bob-2', invitationId: 'inv-2' })).thenThrows('MEMBER_ALREADY_MEMBER');
    });

    it('refuses a party that is not registered', () => {
      partySpec().given([]).when(invite({}, asParty(null, { role: 'ADMIN' }))).thenThrows('PARTY_NOT_FOUND');
    });
  });

  describe('AcceptInvitation', () => {
    it('the invited person accepts their own invitation', () => {
      partySpec().given([steel, ...anna, bobInvited]).when(accept()).then([invitationAccepted('steel', 'bob')]);
    });

    it('refuses someone else accepting it', () => {
      partySpec().given([steel, ...anna, bobInvited]).when(accept('inv-bob', 'mallory')).thenThrows('INVITATION_NOT_YOURS');
    });

    it('refuses accepting twice', () => {
      partySpec().given([steel, ...anna, bobInvited, invitationAccepted('steel', 'bob')]).when(accept()).thenThrows('INVITATION_ALREADY_ACCEPTED');
    });

    it('refuses an invitation of a removed member', () => {
      partySpec()
        .given([steel, ...anna, bobInvited, { type: 'MemberRemoved', data: { partyId: 'steel', userId: 'bob', removedBy: 'anna' } }])
        .when(accept())
        .thenThrows('INVITATION_NOT_FOUND');
    });
  });

  describe('ChangeMemberRole', () => {
    it('a manager changes a member\'s role', () => {
      partySpec()
        .given([steel, ...anna, bobInvited, invitationAccepted('steel', 'bob')])
        .when(changeRole())
        .then([{ type: 'MemberRoleChanged', data: { partyId: 'steel', userId: 'bob', role: 'INSPECTOR', workerId: null, changedBy: 'anna' } }]);
    });

    it('refuses the role the member already has', () => {
      partySpec().given([steel, ...anna, bobInvited]).when(changeRole({ role: 'MANAGER' })).thenThrows('MEMBER_ROLE_UNCHANGED');
    });

    it('refuses taking the last active manager\'s role away', () => {
      partySpec().given([steel, ...anna, bobInvited]).when(changeRole({ userId: 'anna' })).thenThrows('MEMBER_LAST_MANAGER');
    });

    it('refuses a user who is not a member', () => {
      partySpec().given([steel, ...anna]).when(changeRole({ userId: 'nobody' })).thenThrows('MEMBER_NOT_FOUND');
    });

    it('refuses a worker changing roles', () => {
      partySpec().given([steel, ...anna, bobInvited]).when(changeRole({}, asParty('steel', { role: 'WORKER', workerId: 'w-1' }))).thenThrows('MEMBER_MANAGER_REQUIRED');
    });
  });

  describe('RemoveMember', () => {
    it('a manager removes a member', () => {
      partySpec()
        .given([steel, ...anna, bobInvited, invitationAccepted('steel', 'bob')])
        .when(remove())
        .then([{ type: 'MemberRemoved', data: { partyId: 'steel', userId: 'bob', removedBy: 'anna' } }]);
    });

    it('a removed member can be invited again', () => {
      partySpec()
        .given([steel, ...anna, bobInvited, { type: 'MemberRemoved', data: { partyId: 'steel', userId: 'bob', removedBy: 'anna' } }])
        .when(invite({ invitationId: 'inv-bob-2' }))
        .then([memberInvited({ partyId: 'steel', userId: 'bob', invitationId: 'inv-bob-2', email: 'bob@staal.nl', name: 'Bob Jansen', language: 'nl', invitedBy: 'anna' })]);
    });

    it('refuses removing the last active manager', () => {
      partySpec().given([steel, ...anna, bobInvited]).when(remove('anna')).thenThrows('MEMBER_LAST_MANAGER');
    });

    it('refuses a manager of another party', () => {
      partySpec().given([steel, ...anna, bobInvited]).when(remove('bob', asParty('main'))).thenThrows('MEMBER_MANAGER_REQUIRED');
    });
  });

  it('folds who may act for the party: invited, then active, role changed, removed', () => {
    const fold = (events: Parameters<typeof partyDecider.evolve>[1][]) => events.reduce(partyDecider.evolve, partyDecider.initialState());
    const accepted = fold([steel, ...anna, bobInvited, invitationAccepted('steel', 'bob')]);
    expect(accepted.status === 'Registered' && accepted.members.map((m) => [m.userId, m.role, m.status])).toEqual([
      ['anna', 'MANAGER', 'ACTIVE'],
      ['bob', 'MANAGER', 'ACTIVE'],
    ]);
    const changed = fold([steel, ...anna, bobInvited, { type: 'MemberRoleChanged', data: { partyId: 'steel', userId: 'bob', role: 'INSPECTOR', workerId: null, changedBy: 'anna' } }]);
    expect(changed.status === 'Registered' && changed.members[1]).toMatchObject({ userId: 'bob', role: 'INSPECTOR', status: 'INVITED' });
    const removed = fold([steel, ...anna, bobInvited, { type: 'MemberRemoved', data: { partyId: 'steel', userId: 'bob', removedBy: 'anna' } }]);
    expect(removed.status === 'Registered' && removed.members.map((m) => m.userId)).toEqual(['anna']);
  });

  describe('LinkMemberIdentity', () => {
    const ISSUER = 'https://login.staal.nl';
    const link = (data: Partial<LinkMemberIdentity['data']> = {}, userId = 'anna'): LinkMemberIdentity => ({
      type: 'LinkMemberIdentity',
      data: { partyId: 'steel', userId: 'anna', issuer: ISSUER, subject: 'sub-anna', ...data },
      metadata: asParty('steel', { userId }),
    });
    const linked = (userId: string, subject: string) => ({ type: 'MemberIdentityLinked' as const, data: { partyId: 'steel', userId, issuer: ISSUER, subject } });

    it('the member links their own company sign-in on first use', () => {
      partySpec().given([steel, ...anna]).when(link()).then([linked('anna', 'sub-anna')]);
    });

    it('an invited member links too (the invitation is accepted separately)', () => {
      partySpec().given([steel, ...anna, bobInvited]).when(link({ userId: 'bob', subject: 'sub-bob' }, 'bob')).then([linked('bob', 'sub-bob')]);
    });

    it('refuses linking for someone else, a second subject, the same subject twice, and one subject for two members', () => {
      partySpec().given([steel, ...anna]).when(link({}, 'mallory')).thenThrows('MEMBER_IDENTITY_NOT_YOURS');
      partySpec().given([steel, ...anna, linked('anna', 'sub-anna')]).when(link({ subject: 'sub-other' })).thenThrows('MEMBER_IDENTITY_ALREADY_LINKED');
      partySpec().given([steel, ...anna, linked('anna', 'sub-anna')]).when(link()).thenThrows('MEMBER_IDENTITY_UNCHANGED');
      partySpec().given([steel, ...anna, bobInvited, linked('anna', 'sub-anna')]).when(link({ userId: 'bob', subject: 'sub-anna' }, 'bob')).thenThrows('MEMBER_IDENTITY_TAKEN');
    });

    it('refuses a missing issuer or subject, and a person who is no member', () => {
      partySpec().given([steel, ...anna]).when(link({ issuer: ' ' })).thenThrows('MEMBER_IDENTITY_ISSUER_INVALID');
      partySpec().given([steel, ...anna]).when(link({ subject: '' })).thenThrows('MEMBER_IDENTITY_SUBJECT_INVALID');
      partySpec().given([steel, ...anna]).when(link({ userId: 'zoe' }, 'zoe')).thenThrows('MEMBER_NOT_FOUND');
    });
  });

  describe('InviteMember through a grant', () => {
    const nla = partyRegistered({ partyId: 'nla' });
    const nlaManager = [memberInvited({ partyId: 'nla', userId: 'chef' }), invitationAccepted('nla', 'chef')];
    const viaGrant = { grantId: 'g-1', inspectorPartyId: 'nla', grantedByPartyId: 'main' };
    const inviteInspector = (data: Partial<InviteMember['data']> = {}, metadata = asParty('main', { userId: 'marco' })): InviteMember =>
      invite({ partyId: 'nla', invitationId: 'inv-ines', userId: 'ines', email: 'ines@nla.nl', name: 'Ines', role: 'INSPECTOR', viaGrant, ...data }, metadata);

    it('the grantor invites the inspector its grant names into the inspectorate, as INSPECTOR', () => {
      partySpec()
        .given([nla, ...nlaManager])
        .when(inviteInspector())
        .then([memberInvited({ partyId: 'nla', userId: 'ines', invitationId: 'inv-ines', email: 'ines@nla.nl', name: 'Ines', role: 'INSPECTOR', language: 'nl', invitedBy: 'marco' })]);
    });

    it('refuses another role, a grant of another party, and a grant to another party', () => {
      partySpec().given([nla, ...nlaManager]).when(inviteInspector({ role: 'MANAGER' })).thenThrows('MEMBER_GRANT_INVITES_INSPECTOR');
      partySpec().given([nla, ...nlaManager]).when(inviteInspector({}, asParty('steel', { userId: 'sven' }))).thenThrows('MEMBER_MANAGER_REQUIRED');
      partySpec().given([nla, ...nlaManager]).when(inviteInspector({ viaGrant: { ...viaGrant, inspectorPartyId: 'other' } })).thenThrows('MEMBER_MANAGER_REQUIRED');
    });
  });
});
