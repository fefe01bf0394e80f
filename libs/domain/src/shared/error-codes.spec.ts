import { chainEventTypes } from '../chain/chain.events';
import { partyEventTypes } from '../party/party.events';
import { credentialEventTypes } from '../credentials/credential.events';
import { accessEventTypes } from '../access/access.events';
import { acknowledgementLinkEventTypes } from '../ack-links/ack-link.events';
import { workerPassEventTypes } from '../worker-passes/worker-pass.events';
import { noticeEventTypes } from '../notifications/notice.events';
import { eventSchemaVersions } from '../schema-versions';
import { DomainErrorCode, domainErrorCatalog, domainErrorMessage, type DomainErrorCode as Code } from './error-codes';
import { Conflict, domainError, DomainError, Invalid, NotAllowed, NotFound, RuleViolated } from './errors';

describe('error codes', () => {
  it('names every code CONTEXT_RULE, with a family and a message', () => {
    for (const [code, entry] of Object.entries(domainErrorCatalog)) {
      expect(code).toMatch(/^[A-Z]+(_[A-Z0-9]+)+$/);
      expect(['INVALID', 'NOT_FOUND', 'NOT_ALLOWED', 'CONFLICT', 'RULE_VIOLATED']).toContain(entry.family);
      expect(entry.message.length).toBeGreaterThan(10);
      expect(DomainErrorCode[code as Code]).toBe(code);
    }
  });

  it('fills message templates from params', () => {
    expect(domainErrorMessage('CHAIN_LINK_CYCLE', { fromPartyId: 'steel', toPartyId: 'main' })).toBe(
      'Engaging main from steel would make a cycle: main is already above steel in the chain',
    );
    const error = new RuleViolated('LINK_HAS_ACTIVE_SUBLINKS', { linkId: 'l1', partyId: 'steel' }, 'LinkMustEndBottomUp');
    expect(error.message).toContain('Link l1 cannot end while steel still holds active links');
    expect(error).toMatchObject({ family: 'RULE_VIOLATED', code: 'LINK_HAS_ACTIVE_SUBLINKS', rule: 'LinkMustEndBottomUp', name: 'RuleViolated' });
  });

  it('builds the subclass of the code\'s family', () => {
    const classes = { INVALID: Invalid, NOT_FOUND: NotFound, NOT_ALLOWED: NotAllowed, CONFLICT: Conflict, RULE_VIOLATED: RuleViolated };
    for (const [code, entry] of Object.entries(domainErrorCatalog)) {
      const error = domainError(code as Code);
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toBeInstanceOf(Error);
      expect(error).toBeInstanceOf(classes[entry.family]);
      expect(error.family).toBe(entry.family);
    }
  });
});

describe('event types', () => {
  it('lists every event type once, past tense, at schema version 1 unless its payload grew', () => {
    // v2: SafetyInstructionAcknowledged gained `understood` and `channel` (v1 events: understood, channel from the actor)
    // v2: WorkStartChecked gained `passIdHash` (v1 events: null, no pass was verified)
    const bumped: Record<string, number> = { SafetyInstructionAcknowledged: 2, WorkStartChecked: 2 };
    const all = [...partyEventTypes, ...chainEventTypes, ...credentialEventTypes, ...accessEventTypes, ...acknowledgementLinkEventTypes, ...noticeEventTypes, ...workerPassEventTypes];
    expect(new Set(all).size).toBe(all.length);
    expect(Object.keys(eventSchemaVersions).sort()).toEqual([...all].sort());
    for (const type of all) {
      // past participle: regular (-ed), or one of the irregular ones in use
      expect(type).toMatch(/^[A-Z][a-zA-Z]+(ed|Down|Set|Sent|Given|Made|Taken)$/);
      expect(eventSchemaVersions[type]).toBe(bumped[type] ?? 1);
    }
  });
});
