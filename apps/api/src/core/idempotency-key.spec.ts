import { ApiError } from '@schakel/application';
import type { Caller } from '@schakel/infrastructure';
import { idempotencyKeyOf, idempotentId } from './idempotency-key';

const alice: Caller = { userId: 'user-alice', partyId: 'party-a', role: 'MANAGER', workerId: null };
const bob: Caller = { userId: 'user-bob', partyId: 'party-b', role: 'MANAGER', workerId: null };
const body = { query: 'mutation { x }', operationName: null, variables: { a: 1 } };

describe('idempotencyKeyOf', () => {
  it('is null without the header', () => {
    expect(idempotencyKeyOf(undefined, alice, '0', body)).toBeNull();
  });

  it('accepts 8 and 200 characters of the allowed set; refuses 7, 201, other characters and empty', () => {
    for (const key of ['abcd-123', 'a.b_c:d-', 'x'.repeat(200)]) expect(idempotencyKeyOf(key, alice, '0', body)).not.toBeNull();
    for (const key of ['abcd-12', 'x'.repeat(201), 'has space', 'semi;colon', '']) {
      let thrown: unknown;
      try {
        idempotencyKeyOf(key, alice, '0', body);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ApiError);
      expect(thrown).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IDEMPOTENCY_KEY_INVALID' });
    }
  });

  it('binds the key to the caller and the field position; the request id follows the body, key order aside', () => {
    const a = idempotencyKeyOf('retry-0001', alice, '0', body)!;
    expect(idempotencyKeyOf('retry-0001', alice, '0', { variables: { a: 1 }, operationName: null, query: 'mutation { x }' })).toEqual(a);
    expect(idempotencyKeyOf('retry-0001', bob, '0', body)!.scope).not.toBe(a.scope);
    expect(idempotencyKeyOf('retry-0001', alice, '1', body)!.scope).not.toBe(a.scope);
    const other = idempotencyKeyOf('retry-0001', alice, '0', { ...body, variables: { a: 2 } })!;
    expect(other.scope).toBe(a.scope);
    expect(other.requestId).not.toBe(a.requestId);
    expect(idempotentId(a, 'event', 0)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(idempotentId(a, 'event', 0)).not.toBe(idempotentId(a, 'event', 1));
  });
});
