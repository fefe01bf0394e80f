import { summarizeEvent } from './event-summary';
import type { ReplayEvent } from './replay-event';

// Whose act an acknowledgement is shows in every summary: the worker's own, a manager's entry, or imported.
const names: Record<string, string> = { agency: 'FlexBouw', steel: 'Staalbouw', principal: 'De Linde' };
const nameOf = (id: string) => names[id] ?? id;
const ack = (meta: Partial<ReplayEvent['meta']>, understood = true): ReplayEvent => ({
  type: 'SafetyInstructionAcknowledged',
  data: { instructionId: 'i', version: 2, partyId: 'agency', workerId: 'marek', language: 'pl', understood },
  meta: { eventId: 'e', occurredAt: '2026-03-01T07:00:00.000Z', recordedAt: '2026-03-01T07:00:00.000Z', actorPartyId: 'agency', ...meta },
});

describe('summarizeEvent of an acknowledgement', () => {
  it('says whose act it is', () => {
    expect(summarizeEvent(ack({ actorWorkerId: 'marek' }), nameOf)).toBe('FlexBouw (worker marek) acknowledged instruction v2 in pl (OWN_ACCOUNT: own act, own account)');
    expect(summarizeEvent(ack({ actorPartyId: 'steel' }), nameOf)).toBe(
      "FlexBouw (worker marek) acknowledged instruction v2 in pl (PROXY: entered by a manager on the worker's behalf (the employer's statement))",
    );
    expect(summarizeEvent(ack({ actorPartyId: 'principal', imported: { importId: 'x', sourceSha256: 'ab', importerPartyId: 'principal' } }), nameOf)).toBe(
      'FlexBouw (worker marek) acknowledged instruction v2 in pl (imported by De Linde)',
    );
  });

  it("names a worker's personal link as its own act", () => {
    const own = ack({ actorWorkerId: 'marek' });
    const byLink: ReplayEvent = { ...own, data: { ...(own.data as Record<string, unknown>), channel: 'LINK' } };
    expect(summarizeEvent(byLink, nameOf)).toBe("FlexBouw (worker marek) acknowledged instruction v2 in pl (LINK: the worker's own act, by personal link)");
  });

  it('says when it was signed in a language the worker does not read', () => {
    expect(summarizeEvent(ack({ actorWorkerId: 'marek' }, false), nameOf)).toBe('FlexBouw (worker marek) acknowledged instruction v2 in pl (OWN_ACCOUNT: own act, own account), a language the worker does not read');
  });
});
