import { createHash } from 'node:crypto';
import { acknowledgementStatusOf, chainDecider, checkOf, type ChainEvent, type ChainState } from '@schakel/domain';
import { canonicalJson, isUuid, type StoredEvent } from '@schakel/event-store';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import {
  buildStory1,
  daysAgo,
  instructionV1,
  instructionV2,
  ok,
  registerCast,
  send,
  type Cast,
  type ChainOfStory1,
  type Payload,
} from './chain-story';

// One chain, built story by story (docs/domain.md stories 1, 2, 3 and 5): every step is a mutation over
// HTTP, checked by its payload and by the event it left in the store.
describe('chain mutations over GraphQL', () => {
  let api: ApiHarness;
  let cast: Cast;
  let chain: ChainOfStory1;
  let version: number;

  beforeAll(async () => {
    api = await startApi();
    cast = await registerCast(api);
  });
  afterAll(() => api?.close());

  /** The payload names the next version of the chain stream and the one event stored there. */
  async function recorded<D = Record<string, any>>(payload: Payload, type: string): Promise<StoredEvent<string, D>> {
    version += 1;
    expect(payload).toMatchObject({ streamId: chain.streamId, version, replayed: false });
    expect(payload.eventIds).toHaveLength(1);
    const [event] = await api.store.readStream(chain.streamId, { fromVersion: version, toVersion: version });
    expect(event).toMatchObject({ eventId: payload.eventIds[0], type, streamVersion: version });
    expect(new Date(payload.recordedAt!).toISOString()).toBe(event.recordedAt);
    return event as StoredEvent<string, D>;
  }

  async function chainState(): Promise<ChainState> {
    const events = await api.store.readStream(chain.streamId);
    return events.reduce(
      (state, e) =>
        chainDecider.evolve(state, {
          type: e.type,
          data: e.data,
          meta: { eventId: e.eventId, occurredAt: e.occurredAt, recordedAt: e.recordedAt, actorPartyId: e.actor.partyId },
        } as ChainEvent),
      chainDecider.initialState(),
    );
  }

  describe('story 1: the principal builds a four-tier chain', () => {
    it('openChain opens the stream at version 0 with a generated UUID and the caller as principal', async () => {
      chain = await buildStory1(api, cast);
      expect(isUuid(chain.chainId)).toBe(true);
      expect(chain.streamId).toBe(`chain-${chain.chainId}`);
      const events = await api.store.readStream(chain.streamId);
      expect(events.map((e) => e.type)).toEqual(['ChainOpened', 'PartyEngaged', 'PartyEngaged', 'PartyEngaged', 'PartyEngaged', 'PartyEngaged']);
      expect(events[0]).toMatchObject({
        streamVersion: 0,
        data: {
          chainId: chain.chainId,
          name: 'Renovatie Hoogstraat 12-40',
          description: '120 woningen',
          siteAddress: 'Hoogstraat 12, Utrecht',
          principalPartyId: cast.principal.id,
        },
        actor: { partyId: cast.principal.id, role: 'MANAGER' },
      });
      version = events.length - 1;
    });

    it('engageParty links each tier from the caller\'s party; LENDING is always under the hirer\'s authority', async () => {
      const links = (await api.store.readStream(chain.streamId, { fromVersion: 1 })).map((e) => e.data);
      expect(links).toEqual([
        expect.objectContaining({ linkId: chain.links.main, fromPartyId: cast.principal.id, toPartyId: cast.main.id, kind: 'SUBCONTRACT', underAuthority: false }),
        expect.objectContaining({ linkId: chain.links.steel, fromPartyId: cast.main.id, toPartyId: cast.steel.id, kind: 'SUBCONTRACT' }),
        expect.objectContaining({ linkId: chain.links.jan, fromPartyId: cast.steel.id, toPartyId: cast.jan.id, kind: 'SELF_EMPLOYED', underAuthority: true, toPartyKind: 'PERSON' }),
        expect.objectContaining({ linkId: chain.links.piotr, fromPartyId: cast.steel.id, toPartyId: cast.piotr.id, kind: 'SELF_EMPLOYED', underAuthority: false }),
        expect.objectContaining({ linkId: chain.links.agency, fromPartyId: cast.steel.id, toPartyId: cast.agency.id, kind: 'LENDING', underAuthority: true, startDate: '2026-09-01' }),
      ]);
      expect(new Set(Object.values(chain.links)).size).toBe(5);
    });

    it('openChain and engageParty keep ids the client chose; underAuthority defaults to false', async () => {
      const chainId = '01900000-0000-7000-8000-0000000000c1';
      const opened = await ok(api, 'openChain', { chainId, name: 'Tweede project', principalPartyId: cast.main.id }, cast.main.token);
      expect(opened).toMatchObject({ chainId, streamId: `chain-${chainId}`, version: 0 });
      const linkId = '01900000-0000-7000-8000-0000000000d1';
      const engaged = await ok(
        api,
        'engageParty',
        { chainId, linkId, partyId: cast.steel.id, kind: 'SUPPLY', scope: 'Levering staal', startDate: '2026-10-01' },
        cast.main.token,
      );
      expect(engaged).toMatchObject({ linkId, version: 1 });
      const [openedEvent, engagedEvent] = await api.store.readStream(`chain-${chainId}`);
      expect(openedEvent.data).toMatchObject({ description: '', siteAddress: null });
      expect(engagedEvent.data).toMatchObject({ linkId, underAuthority: false });
    });
  });

  describe('story 2: an instruction flows down; a new version makes older acknowledgements stale', () => {
    let instructionId: string;

    it('issueSafetyInstruction issues version 1 with the SHA-256 of its canonical content', async () => {
      const payload = await ok(api, 'issueSafetyInstruction', { chainId: chain.chainId, ...instructionV1 }, cast.main.token);
      const event = await recorded(payload, 'SafetyInstructionIssued');
      instructionId = payload.instructionId as string;
      expect(isUuid(instructionId)).toBe(true);
      expect(payload.instructionVersion).toBe(1);
      const expectedHash = createHash('sha256').update(canonicalJson(instructionV1)).digest('hex');
      expect(event.data).toEqual({ instructionId, version: 1, issuerPartyId: cast.main.id, ...instructionV1, contentHash: expectedHash });
    });

    it('passDownInstruction passes a given version, or else the current one, down each link', async () => {
      const toSteel = await ok(api, 'passDownInstruction', { chainId: chain.chainId, instructionId, version: 1, linkId: chain.links.steel }, cast.main.token);
      expect((await recorded(toSteel, 'SafetyInstructionPassedDown')).data).toEqual({
        instructionId,
        version: 1,
        linkId: chain.links.steel,
        fromPartyId: cast.main.id,
        toPartyId: cast.steel.id,
      });
      for (const linkId of [chain.links.jan, chain.links.piotr]) {
        const payload = await ok(api, 'passDownInstruction', { chainId: chain.chainId, instructionId, linkId }, cast.steel.token);
        expect((await recorded(payload, 'SafetyInstructionPassedDown')).data).toMatchObject({ version: 1, linkId, fromPartyId: cast.steel.id });
      }
    });

    it('acknowledgeInstruction: a WORKER token acknowledges for its own worker', async () => {
      const payload = await ok(
        api,
        'acknowledgeInstruction',
        { chainId: chain.chainId, instructionId, version: 1, language: 'pl' },
        cast.workers.piotr.token,
      );
      const event = await recorded(payload, 'SafetyInstructionAcknowledged');
      expect(event.data).toEqual({ instructionId, version: 1, partyId: cast.piotr.id, workerId: cast.workers.piotr.id, language: 'pl', understood: true, channel: 'OWN_ACCOUNT' });
      expect(event.actor).toMatchObject({ partyId: cast.piotr.id, role: 'WORKER', workerId: cast.workers.piotr.id });
    });

    it('issueSafetyInstruction with supersedesInstructionId issues version 2 of the same instruction', async () => {
      const payload = await ok(
        api,
        'issueSafetyInstruction',
        { chainId: chain.chainId, supersedesInstructionId: instructionId, ...instructionV2 },
        cast.main.token,
      );
      expect(payload).toMatchObject({ instructionId, instructionVersion: 2 });
      const event = await recorded(payload, 'SafetyInstructionIssued');
      expect(event.data).toMatchObject({ instructionId, version: 2, contentHash: createHash('sha256').update(canonicalJson(instructionV2)).digest('hex') });
    });

    it('version 2 flows down every link; the current version is the default', async () => {
      const steps: Array<[string, string]> = [
        [chain.links.steel, cast.main.token],
        [chain.links.jan, cast.steel.token],
        [chain.links.piotr, cast.steel.token],
        [chain.links.agency, cast.steel.token],
      ];
      for (const [linkId, token] of steps) {
        const payload = await ok(api, 'passDownInstruction', { chainId: chain.chainId, instructionId, linkId }, token);
        expect((await recorded(payload, 'SafetyInstructionPassedDown')).data).toMatchObject({ version: 2, linkId });
      }
    });

    it('acknowledgeInstruction: a hirer records the paper acknowledgement of a worker lent to it, under the agency', async () => {
      const payload = await ok(
        api,
        'acknowledgeInstruction',
        { chainId: chain.chainId, instructionId, version: 1, workerId: cast.workers.tomasz.id, language: 'nl' },
        cast.steel.token,
      );
      const event = await recorded(payload, 'SafetyInstructionAcknowledged');
      // v1 never came down to the agency and Tomasz reads no Dutch: both recorded, for the rules to flag
      expect(event.data).toEqual({ instructionId, version: 1, partyId: cast.agency.id, workerId: cast.workers.tomasz.id, language: 'nl', understood: false, channel: 'PROXY' });
      expect(event.actor).toMatchObject({ partyId: cast.steel.id, role: 'MANAGER' });
    });

    it('zzp\'ers and lent workers acknowledge v2 (a manager for its worker or its party, a worker for itself); Piotr stays on v1 and is STALE', async () => {
      const acks: Array<[Record<string, unknown>, string, Record<string, unknown>]> = [
        [{ workerId: cast.workers.jan.id, language: 'nl' }, cast.jan.token, { partyId: cast.jan.id, workerId: cast.workers.jan.id }],
        [{ language: 'nl' }, cast.workers.marek.token, { partyId: cast.agency.id, workerId: cast.workers.marek.id }],
        [{ workerId: cast.workers.tomasz.id, language: 'pl' }, cast.agency.token, { partyId: cast.agency.id, workerId: cast.workers.tomasz.id }],
        [{ language: 'nl' }, cast.agency.token, { partyId: cast.agency.id, workerId: null }],
      ];
      for (const [input, token, expected] of acks) {
        const payload = await ok(api, 'acknowledgeInstruction', { chainId: chain.chainId, instructionId, version: 2, ...input }, token);
        expect((await recorded(payload, 'SafetyInstructionAcknowledged')).data).toMatchObject({ version: 2, ...expected });
      }
      const state = await chainState();
      expect(acknowledgementStatusOf(state, instructionId, cast.jan.id, cast.workers.jan.id)).toBe('CURRENT');
      expect(acknowledgementStatusOf(state, instructionId, cast.agency.id, cast.workers.marek.id)).toBe('CURRENT');
      expect(acknowledgementStatusOf(state, instructionId, cast.piotr.id, cast.workers.piotr.id)).toBe('STALE');
    });
  });

  describe('story 3: an accident with a lent worker', () => {
    let incidentId: string;
    let reportEventId: string;
    let certificateCheckEventId: string;
    const happenedAt = daysAgo(2);

    it('reportIncident by the hirer: the valid time is when it happened; the gezag lies with the hirer', async () => {
      const payload = await ok(
        api,
        'reportIncident',
        {
          chainId: chain.chainId,
          kind: 'ACCIDENT',
          happenedAt,
          location: 'Galerij 3e verdieping, blok B',
          description: 'Val van steiger, circa 3 m',
          topics: ['WORK_AT_HEIGHT', 'SCAFFOLDING'],
          victim: { partyId: cast.agency.id, workerId: cast.workers.marek.id, linkId: chain.links.agency },
          severity: 'HOSPITAL_ADMISSION',
        },
        cast.steel.token,
      );
      const event = await recorded(payload, 'IncidentReported');
      incidentId = payload.incidentId as string;
      reportEventId = event.eventId;
      expect(event.occurredAt).toBe(happenedAt);
      expect(event.data).toEqual({
        incidentId,
        reporterPartyId: cast.steel.id,
        kind: 'ACCIDENT',
        happenedAt,
        location: 'Galerij 3e verdieping, blok B',
        description: 'Val van steiger, circa 3 m',
        topics: ['WORK_AT_HEIGHT', 'SCAFFOLDING'],
        victim: { partyId: cast.agency.id, workerId: cast.workers.marek.id, linkId: chain.links.agency },
        severity: 'HOSPITAL_ADMISSION',
        absenceDays: 0,
        victimRelation: 'LENT_WORKER',
        authorityHolderPartyId: cast.steel.id,
      });
    });

    it('notifyIncident: the hirer reports to the NLA and informs the agency; the agency reports too', async () => {
      const notifications: Array<[Record<string, unknown>, string, Record<string, unknown>]> = [
        [{ authority: 'NLA', channel: 'ONLINE', reference: 'NLA-2026-0042' }, cast.steel.token, { recipient: { kind: 'AUTHORITY', authority: 'NLA' }, reference: 'NLA-2026-0042' }],
        [{ recipientPartyId: cast.agency.id, channel: 'PHONE' }, cast.steel.token, { recipient: { kind: 'PARTY', partyId: cast.agency.id }, reference: null }],
        [{ authority: 'NLA', channel: 'ONLINE' }, cast.agency.token, { notifierPartyId: cast.agency.id }],
      ];
      for (const [input, token, expected] of notifications) {
        const payload = await ok(api, 'notifyIncident', { chainId: chain.chainId, incidentId, ...input }, token);
        expect((await recorded(payload, 'IncidentNotified')).data).toMatchObject({ incidentId, ...expected });
      }
    });

    it('recordVergewisCheck: checks downwards, about a party or one of its workers, with evidence by hash', async () => {
      const sha256 = createHash('sha256').update('maatregelen-rapport.pdf').digest('hex');
      const measures = await ok(
        api,
        'recordVergewisCheck',
        {
          chainId: chain.chainId,
          subjectPartyId: cast.steel.id,
          subject: 'MEASURES_TAKEN',
          outcome: 'CONFIRMED',
          summary: 'Steigers voorzien van leuningen en kantplanken',
          evidence: [{ name: 'maatregelen-rapport.pdf', sha256: sha256.toUpperCase() }],
          relatedIncidentId: incidentId,
        },
        cast.main.token,
      );
      expect(isUuid(measures.checkId as string)).toBe(true);
      expect((await recorded(measures, 'VergewisCheckRecorded')).data).toMatchObject({
        checkId: measures.checkId,
        checkerPartyId: cast.main.id,
        subjectPartyId: cast.steel.id,
        subjectWorkerId: null,
        evidence: [{ name: 'maatregelen-rapport.pdf', sha256 }],
        validUntil: null,
        relatedIncidentId: incidentId,
        relatedInstructionId: null,
      });

      const checkId = '01900000-0000-7000-8000-0000000000e1';
      const certificate = await ok(
        api,
        'recordVergewisCheck',
        {
          chainId: chain.chainId,
          checkId,
          subjectPartyId: cast.agency.id,
          subjectWorkerId: cast.workers.marek.id,
          subject: 'CERTIFICATE',
          outcome: 'CONFIRMED',
          summary: 'VOL-VCA diploma',
          evidence: [],
          validUntil: '2030-06-30',
        },
        cast.steel.token,
      );
      expect(certificate.checkId).toBe(checkId);
      const event = await recorded(certificate, 'VergewisCheckRecorded');
      certificateCheckEventId = event.eventId;
      expect(event.data).toMatchObject({ subjectWorkerId: cast.workers.marek.id, validUntil: '2030-06-30' });
    });

    it('reclassifyIncident records a severity that became known later', async () => {
      const becameKnownAt = daysAgo(1);
      const payload = await ok(
        api,
        'reclassifyIncident',
        { chainId: chain.chainId, incidentId, severity: 'PERMANENT_INJURY', absenceDays: 40, becameKnownAt, reason: 'Blijvend letsel vastgesteld' },
        cast.steel.token,
      );
      expect((await recorded(payload, 'IncidentReclassified')).data).toEqual({
        incidentId,
        severity: 'PERMANENT_INJURY',
        absenceDays: 40,
        previousSeverity: 'HOSPITAL_ADMISSION',
        previousAbsenceDays: 0,
        becameKnownAt,
        reason: 'Blijvend letsel vastgesteld',
        reclassifiedByPartyId: cast.steel.id,
        dataSubjectId: cast.workers.marek.id,
      });
    });

    it('reportIncident by a WORKER token: a near miss, severity NONE by default', async () => {
      const occurredAt = daysAgo(3);
      const payload = await ok(
        api,
        'reportIncident',
        {
          chainId: chain.chainId,
          kind: 'NEAR_MISS',
          happenedAt: daysAgo(3.5),
          occurredAt,
          location: 'Steiger blok B',
          description: 'Losse steigerplank',
        },
        cast.workers.sanne.token,
      );
      const event = await recorded(payload, 'IncidentReported');
      expect(event.occurredAt).toBe(occurredAt);
      expect(event.actor).toMatchObject({ partyId: cast.steel.id, role: 'WORKER', workerId: cast.workers.sanne.id });
      expect(event.data).toMatchObject({ kind: 'NEAR_MISS', reporterPartyId: cast.steel.id, victim: null, severity: 'NONE', absenceDays: 0, topics: [] });
    });

    describe('story 5: corrections and retractions, never edits', () => {
      it('correctEntry records only the fields given, with the values before', async () => {
        const correctedHappenedAt = new Date(Date.parse(happenedAt) - 15 * 60_000).toISOString();
        const payload = await ok(
          api,
          'correctEntry',
          {
            chainId: chain.chainId,
            targetEventId: reportEventId,
            reason: 'Tijdstip en plaats verkeerd overgenomen',
            changes: { location: 'Galerij 4e verdieping, blok B', happenedAt: correctedHappenedAt, severity: null },
          },
          cast.steel.token,
        );
        expect((await recorded(payload, 'EntryCorrected')).data).toEqual({
          targetEventId: reportEventId,
          targetType: 'IncidentReported',
          reason: 'Tijdstip en plaats verkeerd overgenomen',
          changes: { location: 'Galerij 4e verdieping, blok B', happenedAt: correctedHappenedAt },
          previousValues: { location: 'Galerij 3e verdieping, blok B', happenedAt },
          correctedByPartyId: cast.steel.id,
          // whose texts these are: the victim's key encrypts them in the log
          dataSubjectId: cast.workers.marek.id,
        });
        // the original entry is still there, unchanged
        const [original] = (await api.store.readStream(chain.streamId)).filter((e) => e.eventId === reportEventId);
        expect(original.data).toMatchObject({ location: 'Galerij 3e verdieping, blok B', happenedAt });
      });

      it('correctEntry corrects the chain itself (by its principal)', async () => {
        const [opened] = await api.store.readStream(chain.streamId, { toVersion: 0 });
        const payload = await ok(
          api,
          'correctEntry',
          { chainId: chain.chainId, targetEventId: opened.eventId, reason: 'Typefout', changes: { name: 'Renovatie Hoogstraat 12-42' } },
          cast.principal.token,
        );
        expect((await recorded(payload, 'EntryCorrected')).data).toMatchObject({ targetType: 'ChainOpened', changes: { name: 'Renovatie Hoogstraat 12-42' } });
      });

      it('retractEntry takes back a check: it stops counting and stays in the log', async () => {
        const payload = await ok(
          api,
          'retractEntry',
          { chainId: chain.chainId, targetEventId: certificateCheckEventId, reason: 'Diploma van een andere medewerker' },
          cast.steel.token,
        );
        expect((await recorded(payload, 'EntryRetracted')).data).toEqual({
          targetEventId: certificateCheckEventId,
          targetType: 'VergewisCheckRecorded',
          reason: 'Diploma van een andere medewerker',
          retractedByPartyId: cast.steel.id,
        });
        const state = await chainState();
        expect(checkOf(state, '01900000-0000-7000-8000-0000000000e1')?.retraction).toMatchObject({
          retractionEventId: payload.eventIds[0],
        });
      });
    });
  });

  describe('the stream version, retries and the end of a link', () => {
    it('a mutation with the current expectedVersion succeeds', async () => {
      const payload = await ok(
        api,
        'endEngagement',
        { chainId: chain.chainId, linkId: chain.links.piotr, endDate: '2026-11-20', reason: 'Montage gereed', expectedVersion: version },
        cast.steel.token,
      );
      expect((await recorded(payload, 'EngagementEnded')).data).toEqual({
        linkId: chain.links.piotr,
        endDate: '2026-11-20',
        reason: 'Montage gereed',
        endedByPartyId: cast.steel.id,
      });
    });

    it('a request retried with the same Idempotency-Key is carried out once', async () => {
      const input = { chainId: chain.chainId, linkId: chain.links.jan, endDate: '2026-11-21', reason: 'Laswerk gereed' };
      const headers = { 'idempotency-key': 'end-jan-2026-11-21' };
      const first = await send(api, 'endEngagement', input, cast.steel.token, headers);
      expect(first.errors).toBeUndefined();
      await recorded(first.data!.endEngagement, 'EngagementEnded');
      const count = await api.eventCount();
      const retry = await send(api, 'endEngagement', input, cast.steel.token, headers);
      expect(retry.errors).toBeUndefined();
      expect(retry.data!.endEngagement).toMatchObject({ replayed: true, version, eventIds: first.data!.endEngagement.eventIds });
      expect(await api.eventCount()).toBe(count);
    });

    it('a retried request that creates something (no id given) creates it once, under the same id', async () => {
      const headers = { 'idempotency-key': 'report-near-miss-scaffold-c' };
      const input = { chainId: chain.chainId, kind: 'NEAR_MISS', happenedAt: daysAgo(1), location: 'Steiger blok C', description: 'Ontbrekende kantplank' };
      const first = await send(api, 'reportIncident', input, cast.steel.token, headers);
      expect(first.errors).toBeUndefined();
      await recorded(first.data!.reportIncident, 'IncidentReported');
      const count = await api.eventCount();
      const retry = await send(api, 'reportIncident', input, cast.steel.token, headers);
      expect(retry.errors).toBeUndefined();
      expect(retry.data!.reportIncident).toMatchObject({
        replayed: true,
        incidentId: first.data!.reportIncident.incidentId,
        eventIds: first.data!.reportIncident.eventIds,
      });
      expect(await api.eventCount()).toBe(count);
    });

    it('the whole story is one gap-free stream whose events all name their actor\'s party', async () => {
      const events = await api.store.readStream(chain.streamId);
      expect(events.map((e) => e.streamVersion)).toEqual(events.map((_, i) => i));
      expect(events).toHaveLength(version + 1);
      const principalOrInChain = new Set([cast.principal.id, cast.main.id, cast.steel.id, cast.jan.id, cast.piotr.id, cast.agency.id]);
      for (const event of events) expect(principalOrInChain.has(event.actor.partyId!)).toBe(true);
    });
  });
});
