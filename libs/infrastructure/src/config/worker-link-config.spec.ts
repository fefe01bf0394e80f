import { loadConfig } from './app-config';
import { ConfigError } from './env-values';

describe('worker link configuration', () => {
  it('defaults: 14 days, links to http://HOST:PORT, a generated secret', () => {
    expect(loadConfig({ HOST: '0.0.0.0', PORT: '8080' }).workerLinks).toEqual({
      secret: null,
      days: 14,
      publicUrl: 'http://0.0.0.0:8080',
      perAddressPerMinute: 30,
      perLinkPerHour: 20,
    });
  });

  it('takes valid settings and refuses bad ones with one line', () => {
    const config = loadConfig({ SCHAKEL_LINK_DAYS: '7', SCHAKEL_PUBLIC_URL: 'https://schakel.example.nl/', SCHAKEL_LINK_SECRET: 'Xk9v2Qm7Lp4Rt8Wz1Nb6Yc3Hd5Fg0Js2Ua7Ve4Kq' });
    expect(config.workerLinks).toMatchObject({ days: 7, publicUrl: 'https://schakel.example.nl' });
    expect(() => loadConfig({ SCHAKEL_LINK_DAYS: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ SCHAKEL_LINK_DAYS: '91' })).toThrow(ConfigError);
    expect(() => loadConfig({ SCHAKEL_PUBLIC_URL: 'ftp://x' })).toThrow(ConfigError);
    expect(() => loadConfig({ SCHAKEL_LINK_SECRET: 'short' })).toThrow(/SCHAKEL_LINK_SECRET/);
  });
});
