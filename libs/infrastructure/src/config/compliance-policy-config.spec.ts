import { DEFAULT_POLICY } from '@schakel/domain';
import { loadConfig } from './app-config';
import { ConfigError } from './env-values';

describe('compliance policy configuration', () => {
  it('defaults to the domain policy', () => {
    expect(loadConfig({}).compliancePolicy).toEqual(DEFAULT_POLICY);
  });

  it('takes each setting from its variable', () => {
    const policy = loadConfig({
      SCHAKEL_LENDING_ACT_FROM: '2028-01-01',
      SCHAKEL_DIRECT_REPORT_HOURS: '12',
      SCHAKEL_ACK_GRACE_HOURS: '48',
      SCHAKEL_VERGEWIS_HOURS: '336',
    }).compliancePolicy;
    expect(policy).toEqual({ lendingActInForceFrom: '2028-01-01', directReportHours: 12, acknowledgementGraceHours: 48, vergewisPeriodHours: 336 });
  });

  it.each([
    ['SCHAKEL_LENDING_ACT_FROM', '1-7-2027'],
    ['SCHAKEL_LENDING_ACT_FROM', '2027-02-30'],
    ['SCHAKEL_DIRECT_REPORT_HOURS', '24h'],
    ['SCHAKEL_DIRECT_REPORT_HOURS', '0'],
    ['SCHAKEL_ACK_GRACE_HOURS', '-1'],
    ['SCHAKEL_VERGEWIS_HOURS', '1.5'],
    ['SCHAKEL_VERGEWIS_HOURS', '9000'],
  ])('refuses %s=%s, naming the variable (no silent fallback)', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^${name}=`));
  });

  it('knows production from NODE_ENV, where development tokens are refused', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).production).toBe(true);
    expect(loadConfig({}).production).toBe(false);
  });
});
