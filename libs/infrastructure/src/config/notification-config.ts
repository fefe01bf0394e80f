import { ConfigError, integer } from './env-values';

/** How Schakel tells people (docs/notifications.md). */
export interface NotificationConfig {
  /** Milliseconds between looks for messages that are due (SCHAKEL_NOTIFY_POLL_MS). */
  readonly pollMs: number;
  /** Plain http:// webhook URLs (SCHAKEL_WEBHOOK_ALLOW_HTTP=true); refused in production. */
  readonly webhookAllowHttp: boolean;
  /** Webhooks to loopback and private addresses (SCHAKEL_WEBHOOK_ALLOW_PRIVATE=true): off, so no webhook reaches into the operator's network. */
  readonly webhookAllowPrivate: boolean;
  /** Longest wait for a webhook receiver's answer (SCHAKEL_WEBHOOK_TIMEOUT_MS). */
  readonly webhookTimeoutMs: number;
  /** How long a failing delivery is retried before it is marked failed (SCHAKEL_NOTIFY_RETRY_HOURS). */
  readonly retryHours: number;
  /** The first retry's delay; each next one doubles, with jitter (SCHAKEL_NOTIFY_RETRY_BASE_MS). */
  readonly retryBaseMs: number;
  /** The hour (Dutch time) the daily digest goes out (SCHAKEL_DIGEST_HOUR). */
  readonly digestHour: number;
  /**
   * How long a process holds a message it is sending before another may take it
   * (SCHAKEL_NOTIFY_CLAIM_SECONDS): a process that dies mid-send leaves it to the next after this.
   */
  readonly claimSeconds: number;
  /** How long before a duty's deadline its bearer is warned that a finding will arise (SCHAKEL_FINDING_WARNING_HOURS). */
  readonly findingWarningHours: number;
  /** Milliseconds between weighings of every chain's findings (SCHAKEL_FINDING_SWEEP_MS); a chain with a new entry is weighed at the next round. */
  readonly findingSweepMs: number;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  throw new ConfigError(`${name}=${raw} is not true or false`);
}

export function notificationConfig(env: NodeJS.ProcessEnv): NotificationConfig {
  const webhookAllowHttp = flag(env, 'SCHAKEL_WEBHOOK_ALLOW_HTTP');
  if (webhookAllowHttp && env.NODE_ENV === 'production') throw new ConfigError('SCHAKEL_WEBHOOK_ALLOW_HTTP=true is refused with NODE_ENV=production: webhooks need https');
  return {
    pollMs: integer(env, 'SCHAKEL_NOTIFY_POLL_MS', 1000, 20, 600_000),
    webhookAllowHttp,
    webhookAllowPrivate: flag(env, 'SCHAKEL_WEBHOOK_ALLOW_PRIVATE'),
    webhookTimeoutMs: integer(env, 'SCHAKEL_WEBHOOK_TIMEOUT_MS', 10_000, 100, 60_000),
    retryHours: integer(env, 'SCHAKEL_NOTIFY_RETRY_HOURS', 24, 1, 24 * 7),
    retryBaseMs: integer(env, 'SCHAKEL_NOTIFY_RETRY_BASE_MS', 30_000, 10, 3_600_000),
    digestHour: integer(env, 'SCHAKEL_DIGEST_HOUR', 7, 0, 23),
    claimSeconds: integer(env, 'SCHAKEL_NOTIFY_CLAIM_SECONDS', 120, 1, 3600),
    findingWarningHours: integer(env, 'SCHAKEL_FINDING_WARNING_HOURS', 24, 1, 24 * 30),
    findingSweepMs: integer(env, 'SCHAKEL_FINDING_SWEEP_MS', 60_000, 100, 3_600_000),
  };
}
