import { DEFAULT_POLICY, type CompliancePolicy } from '@schakel/domain';
import { ConfigError, integer } from './env-values';

const HOURS_IN_A_YEAR = 365 * 24;

function isoDate(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const day = new Date(`${raw}T00:00:00Z`);
  // the round trip refuses days that do not exist, such as 2027-02-30
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== raw) throw new ConfigError(`${name}=${raw} is not a calendar date (YYYY-MM-DD, e.g. ${fallback})`);
  return raw;
}

/**
 * The rules' policy where the law names no number (docs/rules.md): the defaults of the domain,
 * each overridable. A bad value stops the start, naming the variable; it never falls back silently.
 */
export function compliancePolicy(env: NodeJS.ProcessEnv): CompliancePolicy {
  return {
    lendingActInForceFrom: isoDate(env, 'SCHAKEL_LENDING_ACT_FROM', DEFAULT_POLICY.lendingActInForceFrom),
    directReportHours: integer(env, 'SCHAKEL_DIRECT_REPORT_HOURS', DEFAULT_POLICY.directReportHours, 1, HOURS_IN_A_YEAR),
    acknowledgementGraceHours: integer(env, 'SCHAKEL_ACK_GRACE_HOURS', DEFAULT_POLICY.acknowledgementGraceHours, 1, HOURS_IN_A_YEAR),
    vergewisPeriodHours: integer(env, 'SCHAKEL_VERGEWIS_HOURS', DEFAULT_POLICY.vergewisPeriodHours, 1, HOURS_IN_A_YEAR),
  };
}
