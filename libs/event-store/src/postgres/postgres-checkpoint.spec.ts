import { START } from '../envelope';
import { InvalidCheckpointError, decodeCheckpoint, encodeCheckpoint } from './postgres-checkpoint';

describe('PostgreSQL checkpoints', () => {
  it('start before every transaction id and position', () => {
    expect(decodeCheckpoint(START)).toEqual({ transactionId: '0', globalPosition: '0' });
    expect(decodeCheckpoint(undefined)).toEqual({ transactionId: '0', globalPosition: '0' });
  });

  it('round-trip transaction ids beyond 2^53 exactly', () => {
    const xid = '18446744073709551615'; // the largest xid8
    const checkpoint = encodeCheckpoint(xid, '9223372036854775807');
    expect(decodeCheckpoint(checkpoint)).toEqual({ transactionId: xid, globalPosition: '9223372036854775807' });
  });

  it.each(['17', '17:', ':17', 'a:1', '1:2:3', '-1:2', '1:-2', ' 1:2', '18446744073709551616:1', '1:9223372036854775808'])(
    'refuses %p with InvalidCheckpointError',
    (checkpoint) => {
      expect(() => decodeCheckpoint(checkpoint)).toThrow(InvalidCheckpointError);
      expect(() => decodeCheckpoint(checkpoint)).toThrow(RangeError);
    },
  );
});
