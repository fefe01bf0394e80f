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
});
