import { StoreUnavailableError } from '../errors';
import { isBrokenConnection, isRetryable, toStoreError } from './postgres-errors';

const sqlError = (code: string, message = 'server said no'): Error => Object.assign(new Error(message), { code });

describe('PostgreSQL error mapping', () => {
  it.each([
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a reset socket', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['a terminated backend (57P01)', sqlError('57P01', 'terminating connection due to administrator command')],
    ['a connection exception (08006)', sqlError('08006')],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['a pool connect timeout', new Error('timeout exceeded when trying to connect')],
  ])('treats %s as a broken, retryable connection', (_name, error) => {
    expect(isBrokenConnection(error)).toBe(true);
    const mapped = toStoreError(error, 'appending');
    expect(mapped).toBeInstanceOf(StoreUnavailableError);
    expect((mapped as StoreUnavailableError).cause).toBe(error);
  });

  it.each([
    ['a statement timeout (57014)', sqlError('57014', 'canceling statement due to statement timeout')],
    ['a lock timeout (55P03)', sqlError('55P03')],
    ['a deadlock (40P01)', sqlError('40P01')],
    ['too many connections (53300)', sqlError('53300')],
  ])('maps %s to StoreUnavailableError but keeps the connection', (_name, error) => {
    expect(isBrokenConnection(error)).toBe(false);
    expect(isRetryable(error)).toBe(true);
    expect(toStoreError(error, 'reading')).toBeInstanceOf(StoreUnavailableError);
  });

  it.each([
    ['a unique violation', sqlError('23505')],
    ['a syntax error', sqlError('42601')],
    ['a programming error', new TypeError('x is not a function')],
  ])('passes %s through unchanged', (_name, error) => {
    expect(isRetryable(error)).toBe(false);
    expect(toStoreError(error, 'appending')).toBe(error);
  });
});
