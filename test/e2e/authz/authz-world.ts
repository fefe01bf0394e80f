// The world both authorization matrices run in, built through the real API: a four-tier chain with
// a sibling subcontractor, an agency lending workers, two zzp'ers (with and without gezag), an
// outsider with a chain of its own, and two inspectors, one granted access and one not.
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createTestDatabase, type TestDatabase } from '@schakel/testing';
import { startApi, type ApiHarness, type GqlResponse } from '@schakel/api-harness';
import { buildStory1, daysAgo, instructionV1, ok, registerCast, type Member } from '../chain-story';

/** Every identity a request can carry in the matrices. */
export const WHO = [
  'admin',
  'principal',
  'main',
  'steel',
  'sibling',
  'agency',
  'jan',
  'piotr',
  'marek',
  'sanne',
  'outsider',
  'inspector',
  'inspectorNoGrant',
] as const;
export type Who = (typeof WHO)[number];

export interface World {
  readonly api: ApiHarness;
  readonly chainId: string;
  readonly outsiderChainId: string;
  /** Party ids by name (principal, main, …, nla, insurer, spare-<who>). */
  readonly party: Record<string, string>;
  /** Worker ids by name (jan, piotr, marek, tomasz, sanne, bob, mia). */
  readonly worker: Record<string, string>;
  readonly link: Record<'main' | 'steel' | 'sibling' | 'jan' | 'piotr' | 'agency' | 'leafSteel' | 'leafMain', string>;
  readonly instruction: { passedDown: string; steelOnly: string };
  readonly check: { steel: string; sibling: string; jan: string };
  readonly incident: { marek: string; sanne: string; bob: string; nearMiss: string };
  /** eventIds of entries that rows correct or retract. */
  readonly entry: { checkJan: string; checkSibling: string; incidentBob: string; nearMiss: string; ackMarek: string };
  readonly grant: string;
  /** A personal acknowledgement link the agency made for Tomasz (the passed-down instruction). */
  readonly ackLinkId: string;
  /** Personal passes the agency issued Tomasz: one scanned at the gate, one the matrix revokes. */
  readonly pass: { token: string; spareId: string };
  readonly direction: string;
  /** A corrective action on the near miss, assigned by main to steel. */
  readonly action: string;
  /** A toolbox meeting steel held on the passed-down instruction. */
  readonly meeting: string;
  token(who: Who): string;
  /** The party an identity acts for (the principal's for the admin, which has none). */
  partyOf(who: Who): string;
  /** A readable name for an id of the world, the id itself when unknown. */
  label(id: string): string;
  close(): Promise<void>;
}

const HASH = 'c'.repeat(64);

/** Starts an API on SQLite (default) or on a fresh PostgreSQL database, and builds the world in it. */
export async function buildWorld(store: 'sqlite' | 'postgres', settings: Record<string, string> = {}): Promise<World> {
  let db: TestDatabase | null = null;
  let env: Record<string, string> = { ...settings };
  if (store === 'postgres') {
    db = await createTestDatabase('schakel_authz');
    env = { ...env, SCHAKEL_STORE: 'postgres', DATABASE_URL: db.url };
  }
  const api = await startApi(env);
  const cast = await registerCast(api);
  const admin = cast.admin;
  const register = async (name: string, kind = 'ORGANISATION') => (await ok(api, 'registerParty', { kind, name }, admin)).partyId as string;
  const member = (id: string): Member => ({ id, token: api.token({ party: id, role: 'MANAGER' }) });
  const sibling = member(await register('Betonbouw Zuid'));
  const nla = await register('Nederlandse Arbeidsinspectie');
  const insurer = await register('Verzekeraar Schade NV');
  const addWorker = async (of: Member, name: string) => (await ok(api, 'registerWorker', { partyId: of.id, name, languages: ['nl'], relation: 'EMPLOYEE' }, of.token)).workerId as string;
  const bob = await addWorker(sibling, 'Bob Jansen');
  const mia = await addWorker(cast.main, 'Mia de Boer');
  const spare: Record<string, string> = {};
  for (const who of WHO) spare[who] = await register(`Nieuwe partij voor ${who}`);

  const story = await buildStory1(api, cast);
  const { chainId } = story;
  const siblingLink = (await ok(api, 'engageParty', { chainId, partyId: sibling.id, kind: 'SUBCONTRACT', scope: 'Betonwerk', startDate: '2026-09-01' }, cast.main.token)).linkId as string;
  const outsiderChainId = (await ok(api, 'openChain', { name: 'Eigen project', principalPartyId: cast.outsider.id }, cast.outsider.token)).chainId as string;

  const workerToken = (partyId: string, workerId: string) => api.token({ party: partyId, role: 'WORKER', worker: workerId });
  // instructions: one passed down to steel, the agency and Jan; one only to steel
  const issue = async () => (await ok(api, 'issueSafetyInstruction', { chainId, ...instructionV1 }, cast.main.token)).instructionId as string;
  const passedDown = await issue();
  const steelOnly = await issue();
  await ok(api, 'passDownInstruction', { chainId, instructionId: passedDown, linkId: story.links.steel }, cast.main.token);
  await ok(api, 'passDownInstruction', { chainId, instructionId: steelOnly, linkId: story.links.steel }, cast.main.token);
  await ok(api, 'passDownInstruction', { chainId, instructionId: passedDown, linkId: story.links.agency }, cast.steel.token);
  await ok(api, 'passDownInstruction', { chainId, instructionId: passedDown, linkId: story.links.jan }, cast.steel.token);
  await ok(api, 'acknowledgeInstruction', { chainId, instructionId: passedDown, version: 1, language: 'nl' }, workerToken(cast.main.id, mia));
  const ackMarek = await ok(api, 'acknowledgeInstruction', { chainId, instructionId: passedDown, version: 1, language: 'pl' }, cast.workers.marek.token);
  const madeLinks = await api.gql(
    'mutation L($input: CreateAcknowledgementLinksInput!) { createAcknowledgementLinks(input: $input) { links { linkId } } }',
    { input: { chainId, instructionId: passedDown, version: 1, workerIds: [cast.workers.tomasz.id] } },
    cast.agency.token,
  );
  const ackLinkId = madeLinks.data!.createAcknowledgementLinks.links[0].linkId as string;
  const issuePass = async () =>
    (await api.gql('mutation P($input: IssueWorkerPassInput!) { issueWorkerPass(input: $input) { pass { passId token } } }', { input: { workerId: cast.workers.tomasz.id } }, cast.agency.token)).data!
      .issueWorkerPass.pass as { passId: string; token: string };
  const pass = { token: (await issuePass()).token, spareId: (await issuePass()).passId };
  // Marek's own pass (the agency issues it): the one myWorkerPass shows him; Sanne has none.
  await api.gql('mutation P($input: IssueWorkerPassInput!) { issueWorkerPass(input: $input) { eventIds } }', { input: { workerId: cast.workers.marek.id } }, cast.agency.token);

  const check = async (by: Member, subject: string) =>
    ok(api, 'recordVergewisCheck', { chainId, subjectPartyId: subject, subject: 'CERTIFICATE', outcome: 'CONFIRMED', summary: 'VCA gezien', evidence: [{ name: 'vca.pdf', sha256: HASH }], validUntil: '2030-01-01' }, by.token);
  const checkSteel = await check(cast.main, cast.steel.id);
  const checkSibling = await check(cast.main, sibling.id);
  const checkJan = await check(cast.steel, cast.jan.id);

  const accident = async (by: Member, victim: Record<string, string>, severity: string, absenceDays: number) =>
    ok(api, 'reportIncident', { chainId, kind: 'ACCIDENT', happenedAt: daysAgo(2), location: 'Blok A', description: 'Val', topics: ['WORK_AT_HEIGHT'], victim, severity, absenceDays }, by.token);
  const incMarek = await accident(cast.steel, { partyId: cast.agency.id, workerId: cast.workers.marek.id, linkId: story.links.agency }, 'HOSPITAL_ADMISSION', 0);
  const incSanne = await accident(cast.steel, { partyId: cast.steel.id, workerId: cast.workers.sanne.id, linkId: story.links.steel }, 'ABSENCE', 5);
  // not reported to the NLA: a finding against the sibling
  const incBob = await accident(sibling, { partyId: sibling.id, workerId: bob, linkId: siblingLink }, 'HOSPITAL_ADMISSION', 5);
  const nearMiss = await ok(api, 'reportIncident', { chainId, kind: 'NEAR_MISS', happenedAt: daysAgo(3), location: 'Steiger', description: 'Losse plank', topics: ['SCAFFOLDING'] }, cast.main.token);
  const marekId = incMarek.incidentId as string;
  await ok(api, 'notifyIncident', { chainId, incidentId: marekId, authority: 'NLA', channel: 'PHONE' }, cast.steel.token);
  await ok(api, 'notifyIncident', { chainId, incidentId: marekId, recipientPartyId: cast.agency.id, channel: 'EMAIL' }, cast.steel.token);
  await ok(api, 'correctEntry', { chainId, targetEventId: checkSibling.eventIds[0], reason: 'Typfout', changes: { summary: 'VCA** gezien' } }, cast.main.token);
  await ok(api, 'correctEntry', { chainId, targetEventId: checkJan.eventIds[0], reason: 'Typfout', changes: { summary: 'B-VCA gezien' } }, cast.steel.token);
  const granted = await api.gql(
    'mutation G($input: GrantInspectorAccessInput!) { grantInspectorAccess(input: $input) { grantId } }',
    { input: { chainId, inspectorPartyId: nla, validFrom: daysAgo(1), validUntil: daysAgo(-30) } },
    cast.principal.token,
  );
  const grant = granted.data!.grantInspectorAccess.grantId as string;
  // two links with nothing below them, for ending an engagement
  const leaf = async (by: Member, name: string) =>
    (await ok(api, 'engageParty', { chainId, partyId: await register(name), kind: 'SUPPLY', scope: 'Levering', startDate: '2026-09-01' }, by.token)).linkId as string;
  const leafSteel = await leaf(cast.steel, 'Bouten BV');
  const leafMain = await leaf(cast.main, 'Containerverhuur BV');

  // the construction process: a plan, a coordinator (main) and a direction to steel
  await ok(api, 'publishHealthSafetyPlan', { chainId, contentHash: HASH, summary: 'V&G-plan v1' }, cast.principal.token);
  await ok(api, 'appointCoordinator', { chainId, phase: 'EXECUTION', coordinatorPartyId: cast.main.id }, cast.principal.token);
  const direction = await api.gql(
    'mutation D($input: IssueCoordinatorDirectionInput!) { issueCoordinatorDirection(input: $input) { directionId } }',
    { input: { chainId, addresseePartyIds: [cast.steel.id, sibling.id, cast.jan.id, cast.agency.id], text: 'Randbeveiliging herstellen' } },
    cast.main.token,
  );

  const action = await ok(
    api,
    'assignCorrectiveAction',
    { chainId, subjectKind: 'INCIDENT', incidentId: nearMiss.incidentId, assigneePartyId: cast.steel.id, description: 'Steigerplanken vastzetten', dueAt: daysAgo(-10) },
    cast.main.token,
  );
  const meeting = await ok(
    api,
    'recordToolboxMeeting',
    { chainId, site: 'Galerij 3', topics: ['WORK_AT_HEIGHT'], instructions: [{ instructionId: passedDown, version: 1 }], language: 'nl', leaderName: 'Uitvoerder' },
    cast.steel.token,
  );

  const party: Record<string, string> = {
    principal: cast.principal.id,
    main: cast.main.id,
    steel: cast.steel.id,
    sibling: sibling.id,
    agency: cast.agency.id,
    jan: cast.jan.id,
    piotr: cast.piotr.id,
    outsider: cast.outsider.id,
    nla,
    insurer,
    ...Object.fromEntries(Object.entries(spare).map(([who, id]) => [`spare-${who}`, id])),
  };
  const worker: Record<string, string> = {
    jan: cast.workers.jan.id,
    piotr: cast.workers.piotr.id,
    marek: cast.workers.marek.id,
    tomasz: cast.workers.tomasz.id,
    sanne: cast.workers.sanne.id,
    bob,
    mia,
  };
  const tokens: Record<Who, string> = {
    admin,
    principal: cast.principal.token,
    main: cast.main.token,
    steel: cast.steel.token,
    sibling: sibling.token,
    agency: cast.agency.token,
    jan: cast.jan.token,
    piotr: cast.piotr.token,
    marek: cast.workers.marek.token,
    sanne: cast.workers.sanne.token,
    outsider: cast.outsider.token,
    inspector: api.token({ party: nla, role: 'INSPECTOR', user: 'inspecteur' }),
    inspectorNoGrant: api.token({ party: insurer, role: 'INSPECTOR', user: 'expert' }),
  };
  const partyOf: Record<Who, string> = {
    admin: cast.principal.id,
    principal: cast.principal.id,
    main: cast.main.id,
    steel: cast.steel.id,
    sibling: sibling.id,
    agency: cast.agency.id,
    jan: cast.jan.id,
    piotr: cast.piotr.id,
    marek: cast.agency.id,
    sanne: cast.steel.id,
    outsider: cast.outsider.id,
    inspector: nla,
    inspectorNoGrant: insurer,
  };
  const world = {
    api,
    chainId,
    outsiderChainId,
    party,
    worker,
    link: { ...story.links, sibling: siblingLink, leafSteel, leafMain },
    instruction: { passedDown, steelOnly },
    check: { steel: checkSteel.checkId as string, sibling: checkSibling.checkId as string, jan: checkJan.checkId as string },
    incident: { marek: marekId, sanne: incSanne.incidentId as string, bob: incBob.incidentId as string, nearMiss: nearMiss.incidentId as string },
    entry: { checkJan: checkJan.eventIds[0], checkSibling: checkSibling.eventIds[0], incidentBob: incBob.eventIds[0], nearMiss: nearMiss.eventIds[0], ackMarek: ackMarek.eventIds[0] },
    grant,
    ackLinkId,
    pass,
    direction: direction.data!.issueCoordinatorDirection.directionId as string,
    action: action.actionId as string,
    meeting: meeting.meetingId as string,
    token: (who: Who) => tokens[who],
    partyOf: (who: Who) => partyOf[who],
    label: (id: string) => id,
    close: async () => {
      await api.close();
      await db?.drop();
    },
  };
  const names = new Map<string, string>();
  const name = (prefix: string, ids: Record<string, string>) => Object.entries(ids).forEach(([key, id]) => names.set(id, `${prefix}${key}`));
  name('party:', party);
  name('worker:', worker);
  name('link:', world.link);
  name('instruction:', world.instruction);
  name('check:', world.check);
  name('incident:', world.incident);
  name('chain:', { main: chainId, outsider: outsiderChainId });
  name('entry:', world.entry);
  name('action:', { main: world.action });
  name('meeting:', { steel: world.meeting });
  world.label = (id: string) => names.get(id) ?? id;
  return world;
}

/** The names of the schema's root fields of one kind, from the running app (not from a file). */
export function operationsOf(world: World, kind: 'query' | 'mutation' | 'subscription'): string[] {
  const schema = world.api.app.get(GraphQLSchemaHost).schema;
  const type = kind === 'query' ? schema.getQueryType() : kind === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  return Object.keys(type?.getFields() ?? {}).sort();
}

/** `FORBIDDEN/CHAIN_NOT_VISIBLE` for an error answer, else null. */
export function errorOf(res: GqlResponse): string | null {
  if (!res.errors?.length) return null;
  const { code, reason } = res.errors[0].extensions ?? {};
  return `${code}/${reason ?? '-'}`;
}
