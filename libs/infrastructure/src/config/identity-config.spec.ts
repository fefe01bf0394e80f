import { loadConfig } from './app-config';
import { ConfigError } from './env-values';

describe('identity configuration', () => {
  const base = { SQLITE_PATH: '/tmp/schakel-config-spec/schakel.db' };

  it('defaults: links to localhost on the port, no SMTP, no admins', () => {
    const config = loadConfig({ ...base, PORT: '4000' });
    expect(config).toMatchObject({ publicUrl: 'http://localhost:4000', smtpUrl: null, adminEmails: [] });
  });

  it('reads the public URL without trailing slash, SMTP and admin addresses lower-cased', () => {
    const config = loadConfig({ ...base, SCHAKEL_PUBLIC_URL: 'https://schakel.example/', SMTP_URL: 'smtps://u:p@mail.example:465', SCHAKEL_ADMIN_EMAILS: ' Beheer@Example.NL , ,ops@example.nl' });
    expect(config).toMatchObject({ publicUrl: 'https://schakel.example', smtpUrl: 'smtps://u:p@mail.example:465', adminEmails: ['beheer@example.nl', 'ops@example.nl'] });
  });

  it.each([
    ['SMTP_URL', 'http://mail.example'],
    ['SMTP_URL', 'not a url'],
    ['SCHAKEL_PUBLIC_URL', 'ftp://schakel.example'],
  ])('refuses %s=%s at start-up', (name, value) => {
    expect(() => loadConfig({ ...base, [name]: value })).toThrow(ConfigError);
  });

  describe('company sign-in (OpenID Connect)', () => {
    const oidc = { ...base, SCHAKEL_PUBLIC_URL: 'https://schakel.example', OIDC_ISSUER: 'https://login.example/tenant', OIDC_CLIENT_ID: 'schakel' };

    it('is off without OIDC_ISSUER, and reads its defaults from the public URL and the client id', () => {
      expect(loadConfig(base).oidc).toBeNull();
      expect(loadConfig(oidc).oidc).toEqual({
        issuer: 'https://login.example/tenant', clientId: 'schakel', clientSecret: null, redirectUrl: 'https://schakel.example/auth/oidc/callback', audience: 'schakel', jwksCooldownSeconds: 30,
      });
    });

    it.each([
      ['no client id', { ...oidc, OIDC_CLIENT_ID: '' }],
      ['plain http to another machine', { ...oidc, OIDC_ISSUER: 'http://login.example' }],
      ['a client id without an issuer', { ...base, OIDC_CLIENT_ID: 'schakel' }],
      ['a cooldown over an hour', { ...oidc, OIDC_JWKS_COOLDOWN_SECONDS: '3601' }],
    ])('refuses %s at start-up', (_what, env) => {
      expect(() => loadConfig(env)).toThrow(ConfigError);
    });

    it('allows plain http for a provider on localhost (development, tests)', () => {
      expect(loadConfig({ ...oidc, OIDC_ISSUER: 'http://127.0.0.1:4010' }).oidc?.issuer).toBe('http://127.0.0.1:4010');
    });
  });
});
