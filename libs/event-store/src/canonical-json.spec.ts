import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { canonicalJson, canonicalJsonReference } from './canonical-json';
import type { NewEvent } from './envelope';
import { GENESIS_HASH, hashEvent, sealEvents } from './hashing';

// The text written, or the error thrown: both implementations must agree on either.
function outcome(write: (value: unknown) => string, value: unknown): string {
  try {
    return 'wrote ' + write(value);
  } catch (error) {
    return `threw ${(error as Error).name}: ${(error as Error).message}`;
  }
}

const fromBits = (hex: string): number => Buffer.from(hex, 'hex').readDoubleBE(0);

describe('canonical JSON (RFC 8785)', () => {
  it('writes the numbers of RFC 8785 appendix B', () => {
    const vectors: [string, string][] = [
      ['0000000000000000', '0'],
      ['8000000000000000', '0'],
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['ffefffffffffffff', '-1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['c340000000000000', '-9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['44b52d02c7e14af7', '1.0000000000000001e+23'],
      ['444b1ae4d6e2ef4e', '999999999999999700000'],
      ['444b1ae4d6e2ef4f', '999999999999999900000'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'],
      ['41b3de4355555554', '333333333.33333325'],
      ['41b3de4355555555', '333333333.3333333'],
      ['41b3de4355555556', '333333333.3333334'],
      ['41b3de4355555557', '333333333.33333343'],
      ['becbf647612f3696', '-0.0000033333333333333333'],
      ['43143ff3c1cb0959', '1424953923781206.2'],
    ];
    for (const [bits, expected] of vectors) expect(canonicalJson(fromBits(bits))).toBe(expected);
    for (const bits of ['7fffffffffffffff', '7ff0000000000000', 'fff0000000000000']) {
      expect(() => canonicalJson(fromBits(bits))).toThrow(TypeError);
    }
  });

  it('writes the example of RFC 8785 section 3.2.2', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], ' +
        '"string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    );
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts keys by UTF-16 code units as RFC 8785 section 3.2.3 does', () => {
    const input = JSON.parse(
      '{"\\u20ac": "Euro Sign", "\\r": "Carriage Return", "\\ufb33": "Hebrew Letter Dalet With Dagesh", "1": "One", ' +
        '"\\ud83d\\ude00": "Emoji: Grinning Face", "\\u0080": "Control", "\\u00f6": "Latin Small Letter O With Diaeresis"}',
    );
    expect(canonicalJson(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('leaves out undefined members, writes undefined array items as null, escapes lone surrogates', () => {
    expect(canonicalJson({ b: undefined, a: [undefined, 1], c: '\ud800x', d: 'a"b\\c\u0001' })).toBe(
      '{"a":[null,1],"c":"\\ud800x","d":"a\\"b\\\\c\\u0001"}',
    );
    expect(() => canonicalJson({ a: 1n })).toThrow(TypeError);
    expect(() => canonicalJson({ a: () => 1 })).toThrow(TypeError);
  });

  // The fast path must write exactly what the plain implementation writes: stored hashes depend on it.
  const key = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('1', '10', '9', '__proto__', 'a', 'b', 'é'));
  const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ minLength: 60, maxLength: 200 }));
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(null, true, false, undefined, 0, -0),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      text,
      fc.array(tie('value'), { maxLength: 6 }),
      fc.dictionary(key, tie('value'), { maxKeys: 8 }),
      fc.dictionary(key, tie('value'), { maxKeys: 4, noNullPrototype: false }).map((d) => Object.assign(Object.create(null), d)),
    ),
  }));

  it('is equal to the reference implementation on random JSON values', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(outcome(canonicalJson, v)).toBe(outcome(canonicalJsonReference, v));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(canonicalJson(v)).toBe(canonicalJsonReference(v));
        expect(JSON.parse(canonicalJson(v))).toEqual(JSON.parse(JSON.stringify(v)));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the reference on arrays with holes and objects that are not plain', () => {
    // eslint-disable-next-line no-sparse-arrays
    for (const odd of [[1, , 3], new Date(0), { a: new Map() }, Object.assign(Object.create({ inherited: 1 }), { own: 2 }), undefined, [NaN]]) {
      expect(outcome(canonicalJson, odd)).toBe(outcome(canonicalJsonReference, odd));
    }
  });
});

describe('event hash', () => {
  const referenceHash = (event: Omit<Parameters<typeof hashEvent>[0], never>): string =>
    createHash('sha256')
      .update(
        canonicalJsonReference({
          eventId: event.eventId,
          streamId: event.streamId,
          streamVersion: event.streamVersion,
          type: event.type,
          schemaVersion: event.schemaVersion,
          data: event.data,
          occurredAt: event.occurredAt,
          recordedAt: event.recordedAt,
          actor: event.actor,
          correlationId: event.correlationId,
          causationId: event.causationId,
          prevHash: event.prevHash,
        }),
      )
      .digest('hex');

  const newEvent: fc.Arbitrary<NewEvent> = fc.record({
    eventId: fc.uuid(),
    type: fc.string({ minLength: 1 }),
    schemaVersion: fc.nat(),
    data: fc.jsonValue(),
    occurredAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    actor: fc.record({ userId: fc.string(), partyId: fc.option(fc.uuid()), role: fc.string(), workerId: fc.option(fc.uuid(), { nil: undefined }) }),
    correlationId: fc.uuid(),
    causationId: fc.oneof(fc.constant(null), fc.constant(undefined), fc.uuid()),
  }) as fc.Arbitrary<NewEvent>;

  it('is SHA-256 over the canonical JSON of the envelope without hash and globalPosition', () => {
    fc.assert(
      fc.property(fc.array(newEvent, { minLength: 1, maxLength: 5 }), fc.nat(1000), (events, version) => {
        const sealed = sealEvents('chain-x', { version: version - 1, hash: GENESIS_HASH }, events, '2026-12-07T17:00:00.000Z');
        let prev = GENESIS_HASH;
        sealed.forEach((event, i) => {
          expect(event.streamVersion).toBe(version + i);
          expect(event.prevHash).toBe(prev);
          expect(event.hash).toBe(referenceHash(event));
          expect(hashEvent(event)).toBe(event.hash);
          prev = event.hash;
        });
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the hash of a known event (stored chains must still verify)', () => {
    const event = {
      eventId: '0190f5c2-7b1e-7c3a-9d4e-5f6a7b8c9d01',
      type: 'ChainOpened',
      schemaVersion: 1,
      data: { name: 'Bouwplaats Noord', b: [1, 2.5, 'x'], a: null },
      occurredAt: '2026-12-07T10:00:00.000Z',
      actor: { userId: 'u', partyId: null, role: 'MANAGER' },
      correlationId: '0190f5c2-7b1e-7c3a-9d4e-5f6a7b8c9d02',
      causationId: null,
      streamId: 'chain-1',
      streamVersion: 0,
      recordedAt: '2026-12-07T10:00:01.000Z',
      prevHash: GENESIS_HASH,
    };
    expect(hashEvent(event)).toBe(referenceHash(event));
    expect(hashEvent(event)).toBe('39ba54100bba37f72e939006a774acaf7b87ddfaa700af7e095653d1a9b0df09');
  });
});
