import { randomBytes } from 'node:crypto';
import { loadConfig } from './app-config';
import { ConfigError } from './env-values';
import { secretWeakness } from './secret-strength';

describe('the configured JWT secret', () => {
  const withSecret = (secret: string) => () => loadConfig({ SCHAKEL_JWT_SECRET: secret });

  it('refuses long but predictable secrets at start-up, saying why', () => {
    expect(withSecret('a'.repeat(64))).toThrow(new ConfigError('SCHAKEL_JWT_SECRET repeats a unit of 1 character: generate one, e.g. openssl rand -base64 48'));
    expect(withSecret('ab'.repeat(40))).toThrow('repeats a unit of 2 characters');
    expect(withSecret('password'.repeat(4))).toThrow('repeats a unit of 8 characters');
    expect(withSecret('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab')).toThrow(/is too predictable \(about \d+ bits; at least 96 needed\)/);
    expect(withSecret('short')).toThrow('SCHAKEL_JWT_SECRET must be at least 32 characters');
  });

  it('accepts generated secrets and real passphrases', () => {
    for (const secret of [randomBytes(48).toString('base64url'), randomBytes(32).toString('hex'), 'correct horse battery staple and more']) {
      expect({ secret, weakness: secretWeakness(secret) }).toEqual({ secret, weakness: null });
      expect(loadConfig({ SCHAKEL_JWT_SECRET: secret }).jwtSecret).toBe(secret);
    }
  });
});
