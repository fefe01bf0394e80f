import { STREAM_NAME } from '@kurrent/kurrentdb-client';
import { KurrentDbConfigError } from './kurrentdb-errors';
import { SchakelStreams } from './kurrentdb-stream-filter';

describe('SchakelStreams (the $all filter)', () => {
  it('by default takes every <category>-<id> stream and no system stream', () => {
    const streams = new SchakelStreams();
    expect(streams.includes('chain-0190a1b2-0000-7000-8000-000000000001')).toBe(true);
    expect(streams.includes('testAppend-0190a1b2')).toBe(true);
    for (const system of ['$all', '$ce-chain', '$et-PartyRegistered', '$$chain-1', '$stats-127.0.0.1:2113', '$settings']) {
      expect(streams.includes(system)).toBe(false);
    }
    expect(streams.includes('nodash')).toBe(false);
  });

  it('with a list of categories takes only those', () => {
    const streams = new SchakelStreams(['chain', 'party']);
    expect(streams.includes('chain-1')).toBe(true);
    expect(streams.includes('party-1')).toBe(true);
    expect(streams.includes('order-1')).toBe(false);
    expect(streams.includes('chainx-1')).toBe(false);
    expect(streams.includes('xchain-1')).toBe(false);
  });

  it('skips KurrentDB system events even inside a Schakel stream', () => {
    const streams = new SchakelStreams();
    expect(streams.includesRecord('chain-1', 'PartyEngaged')).toBe(true);
    expect(streams.includesRecord('chain-1', '$streamDeleted')).toBe(false);
    expect(streams.includesRecord('$ce-chain', '$>')).toBe(false);
  });

  it('hands the server the same pattern as a stream-name regex filter', () => {
    const filter = new SchakelStreams(['chain', 'party']).serverFilter();
    expect(filter).toMatchObject({ filterOn: STREAM_NAME, regex: '^(?:chain|party)-' });
  });

  it.each([[[]], [['chain-x']], [['$ce']], [['Chain']], [['a|b']]])('refuses categories %j', (categories) => {
    expect(() => new SchakelStreams(categories)).toThrow(KurrentDbConfigError);
  });
});
