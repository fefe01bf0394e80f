import { basename, dirname, extname, join, resolve } from 'node:path';
import { readSigningKey, signingKeyFromPem } from '@schakel/evidence';
import { DEFAULT_RETENTION, type CompliancePolicy, type RetentionPolicy } from '@schakel/domain';
import { compliancePolicy } from './compliance-policy-config';
import { oidcConfig, type OidcConfig } from './oidc-config';
import { ConfigError, connectionString, integer, url } from './env-values';
import { secretWeakness } from './secret-strength';
import { notificationConfig, type NotificationConfig } from './notification-config';

export type StoreKind = 'sqlite' | 'postgres' | 'kurrentdb';

/** The one validated configuration of a Schakel process, read from the environment. */
export interface AppConfig {
  readonly store: StoreKind;
  /** Where the read models live: PostgreSQL when DATABASE_URL is set (or the store is postgres), else the SQLite file. */
  readonly readModels: { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };
  readonly sqlitePath: string;
  /** SQLite file of the personal-data keys (SCHAKEL_KEY_STORE_PATH); null: beside the log. Unused with DATABASE_URL. */
  readonly keyStorePath: string | null;
  readonly databaseUrl: string | null;
  readonly kurrentdbUrl: string | null;
  readonly port: number;
  readonly host: string;
  /** Folder for the generated secrets (JWT secret, signing key) when they are not configured. */
  readonly dataDir: string;
  readonly jwtSecret: string | null;
  /** PEM file of the Ed25519 evidence signing key (SCHAKEL_SIGNING_KEY_FILE); null: generated in dataDir on first start. */
  readonly signingKeyFile: string | null;
  /** The key itself as PKCS8 PEM (SCHAKEL_SIGNING_KEY), for secret stores that hand out values, not files. */
  readonly signingKeyPem: string | null;
  /** Seconds between signed checkpoints of the log head (SCHAKEL_CHECKPOINT_INTERVAL_SECONDS); 0: none by the API. */
  readonly checkpointIntervalSeconds: number;
  /** A file each checkpoint is appended to as a JSON line (SCHAKEL_WITNESS_FILE). */
  readonly witnessFile: string | null;
  /** A URL each checkpoint is POSTed to (SCHAKEL_WITNESS_URL). */
  readonly witnessUrl: string | null;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Max minutes an occurredAt may lie in the future (clock skew between a device and the server). */
  readonly maxClockSkewMinutes: number;
  /** NODE_ENV=production: GraphQL errors suggest no field or type names ("Did you mean …?"). */
  readonly hideSchemaDetails: boolean;
  /** What one request may ask and how often a caller may ask (docs/security.md, Bounded requests). */
  readonly limits: RequestLimits;
  /** Where people reach the API (SCHAKEL_PUBLIC_URL): sign-in links point here; https makes the session cookie Secure. */
  readonly publicUrl: string;
  /** SMTP_URL (smtp:// or smtps://): sign-in links are e-mailed; without it only `schakel invite` prints them. */
  readonly smtpUrl: string | null;
  /** Sender of sign-in mails (SMTP_FROM). */
  readonly smtpFrom: string;
  /** Lower-cased addresses that sign in as installation ADMIN (SCHAKEL_ADMIN_EMAILS, comma-separated). */
  readonly adminEmails: readonly string[];
  /** Sign-in with the company's OpenID Connect provider (OIDC_ISSUER and the others); null: not offered. */
  readonly oidc: OidcConfig | null;
  /** Workers' personal acknowledgement links (see docs/worker-links.md). */
  readonly workerLinks: WorkerLinkConfig;
  /** The rules' policy where the law leaves a number open (docs/rules.md): SCHAKEL_DIRECT_REPORT_HOURS and the others. */
  readonly compliancePolicy: CompliancePolicy;
  /** NODE_ENV=production: development tokens (`schakel token`) are refused. */
  readonly production: boolean;
  /** E-mail and webhooks from the log (docs/notifications.md). */
  readonly notifications: NotificationConfig;
  /** The built web app the API serves at / (SCHAKEL_WEB_DIR); null: dist/web of this installation. */
  readonly webDir: string | null;
  /** How long statutory records hold personal data back from erasure (docs/personal-data.md). */
  readonly retention: RetentionPolicy;
}

/** Bounds on one GraphQL request and on a caller's request rate; every one refused with its own code, never INTERNAL. */
export interface RequestLimits {
  /** Most aliased fields in one operation (1,000 aliases of a list were one way to ask for 92 MB). */
  readonly maxAliases: number;
  /** Deepest field nesting in one operation. */
  readonly maxDepth: number;
  /** Highest estimated cost of one operation (docs/security.md explains the estimate). */
  readonly maxCost: number;
  /** Most lexical tokens in a query document; parsing stops past it. */
  readonly maxTokens: number;
  /** Longest query document, in characters; refused before parsing. */
  readonly maxQueryLength: number;
  /** Longest string argument or variable, in characters (an inspector's filter text included). */
  readonly maxStringLength: number;
  /** Largest request body, in bytes. */
  readonly maxBodyBytes: number;
  /** Wall-clock budget of one request; its reads stop when it passes or the client leaves. */
  readonly requestBudgetMs: number;
  /** Requests per caller (token subject, else address) in each window; 0 switches the rate limit off. */
  readonly rateLimit: number;
  readonly rateWindowSeconds: number;
  /** Requests one caller may have in progress at once; 0 switches this off. */
  readonly maxConcurrentPerCaller: number;
}

export interface WorkerLinkConfig {
  /** HMAC secret that signs the links (SCHAKEL_LINK_SECRET); null: generated once into dataDir. */
  readonly secret: string | null;
  /** Days a new link stays valid (SCHAKEL_LINK_DAYS, 1–90, default 14). */
  readonly days: number;
  /** Where the links point (SCHAKEL_PUBLIC_URL), e.g. https://schakel.example.nl; default http://HOST:PORT. */
  readonly publicUrl: string;
  /** Link page requests one address may make per minute (SCHAKEL_LINK_RATE_PER_ADDRESS, default 30). */
  readonly perAddressPerMinute: number;
  /** Requests for one link per hour (SCHAKEL_LINK_RATE_PER_LINK, default 20). */
  readonly perLinkPerHour: number;
}

const STORES: readonly StoreKind[] = ['sqlite', 'postgres', 'kurrentdb'];
const LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

/**
 * The SQLite read models live in a file of their own beside the log (`schakel.db` →
 * `schakel.read-models.db`): the store's synchronous writes and TypeORM's asynchronous
 * transactions must never wait for each other's lock in one process (ADR 0006).
 */
function readModelsPath(env: NodeJS.ProcessEnv, sqlitePath: string): string {
  if (env.SQLITE_READ_MODELS_PATH) return resolve(env.SQLITE_READ_MODELS_PATH);
  return join(dirname(sqlitePath), `${basename(sqlitePath, extname(sqlitePath))}.read-models.db`);
}

// A configured key that is missing or not Ed25519 stops the start with one line, before anything
// is opened; a key generated into the data folder is checked where it is loaded.
function validSigningKey(pem: string | null, file: string | null): void {
  try {
    if (pem) signingKeyFromPem(pem, 'SCHAKEL_SIGNING_KEY');
    else if (file) readSigningKey(file);
  } catch (error) {
    throw new ConfigError(error instanceof Error ? error.message : String(error));
  }
}

function workerLinkConfig(env: NodeJS.ProcessEnv): WorkerLinkConfig {
  const secret = env.SCHAKEL_LINK_SECRET || null;
  const weakness = secret === null ? null : secretWeakness(secret);
  if (weakness) throw new ConfigError(`SCHAKEL_LINK_SECRET ${weakness}: generate one, e.g. openssl rand -base64 48`);
  const publicUrl = url(env, 'SCHAKEL_PUBLIC_URL', ['http:', 'https:']);
  return {
    secret,
    days: integer(env, 'SCHAKEL_LINK_DAYS', 14, 1, 90),
    publicUrl: (publicUrl ?? `http://${env.HOST || '127.0.0.1'}:${env.PORT || '3000'}`).replace(/\/+$/, ''),
    perAddressPerMinute: integer(env, 'SCHAKEL_LINK_RATE_PER_ADDRESS', 30, 1, 10_000),
    perLinkPerHour: integer(env, 'SCHAKEL_LINK_RATE_PER_LINK', 20, 1, 10_000),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const store = (env.SCHAKEL_STORE || 'sqlite') as StoreKind;
  if (!STORES.includes(store)) {
    throw new ConfigError(`SCHAKEL_STORE=${env.SCHAKEL_STORE} is not one of ${STORES.join(', ')}`);
  }
  const sqlitePath = resolve(env.SQLITE_PATH || './data/schakel.db');
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const kurrentdbUrl = connectionString(env, 'KURRENTDB_URL', ['kurrentdb:', 'kurrentdb+discover:', 'esdb:', 'esdb+discover:']);
  if (store === 'postgres' && !databaseUrl) {
    throw new ConfigError('SCHAKEL_STORE=postgres needs DATABASE_URL (e.g. postgres://user@localhost:5432/schakel)');
  }
  if (store === 'kurrentdb' && !kurrentdbUrl) {
    throw new ConfigError('SCHAKEL_STORE=kurrentdb needs KURRENTDB_URL (e.g. kurrentdb://localhost:2113?tls=false)');
  }
  const logLevel = (env.LOG_LEVEL || 'info') as AppConfig['logLevel'];
  if (!LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL=${env.LOG_LEVEL} is not one of ${LEVELS.join(', ')}`);
  const jwtSecret = env.SCHAKEL_JWT_SECRET || null;
  const weakness = jwtSecret === null ? null : secretWeakness(jwtSecret);
  if (weakness) {
    throw new ConfigError(`SCHAKEL_JWT_SECRET ${weakness}: generate one, e.g. openssl rand -base64 48`);
  }
  if (env.SCHAKEL_SIGNING_KEY && env.SCHAKEL_SIGNING_KEY_FILE) {
    throw new ConfigError('set SCHAKEL_SIGNING_KEY or SCHAKEL_SIGNING_KEY_FILE, not both');
  }
  const signingKeyFile = env.SCHAKEL_SIGNING_KEY_FILE ? resolve(env.SCHAKEL_SIGNING_KEY_FILE) : null;
  const signingKeyPem = env.SCHAKEL_SIGNING_KEY || null;
  validSigningKey(signingKeyPem, signingKeyFile);
  const publicUrl = (url(env, 'SCHAKEL_PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${integer(env, 'PORT', 3000, 0, 65535)}`).replace(/\/+$/, '');
  return {
    store,
    readModels: databaseUrl ? { kind: 'postgres', url: databaseUrl } : { kind: 'sqlite', path: readModelsPath(env, sqlitePath) },
    sqlitePath,
    keyStorePath: env.SCHAKEL_KEY_STORE_PATH ? resolve(env.SCHAKEL_KEY_STORE_PATH) : null,
    databaseUrl,
    kurrentdbUrl,
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    dataDir: resolve(env.SCHAKEL_DATA_DIR || dirname(sqlitePath)),
    jwtSecret,
    signingKeyFile,
    signingKeyPem,
    checkpointIntervalSeconds: integer(env, 'SCHAKEL_CHECKPOINT_INTERVAL_SECONDS', 300, 0, 24 * 60 * 60),
    witnessFile: env.SCHAKEL_WITNESS_FILE ? resolve(env.SCHAKEL_WITNESS_FILE) : null,
    witnessUrl: url(env, 'SCHAKEL_WITNESS_URL', ['http:', 'https:']),
    logLevel,
    maxClockSkewMinutes: integer(env, 'SCHAKEL_MAX_CLOCK_SKEW_MINUTES', 5, 0, 24 * 60),
    hideSchemaDetails: env.NODE_ENV === 'production',
    limits: loadLimits(env),
    publicUrl,
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    smtpFrom: env.SMTP_FROM || 'Schakel <no-reply@schakel.invalid>',
    adminEmails: (env.SCHAKEL_ADMIN_EMAILS ?? '').split(',').map((e) => e.trim().toLowerCase()).filter(Boolean),
    oidc: oidcConfig(env, publicUrl),
    workerLinks: workerLinkConfig(env),
    compliancePolicy: compliancePolicy(env),
    production: env.NODE_ENV === 'production',
    notifications: notificationConfig(env),
    webDir: env.SCHAKEL_WEB_DIR ? resolve(env.SCHAKEL_WEB_DIR) : null,
    retention: {
      accidentRegisterYears: integer(env, 'SCHAKEL_RETENTION_ACCIDENT_REGISTER_YEARS', DEFAULT_RETENTION.accidentRegisterYears, 0, 100),
      workerYears: integer(env, 'SCHAKEL_RETENTION_WORKER_YEARS', DEFAULT_RETENTION.workerYears, 0, 100),
      personYears: integer(env, 'SCHAKEL_RETENTION_PERSON_YEARS', DEFAULT_RETENTION.personYears, 0, 100),
    },
  };
}

function loadLimits(env: NodeJS.ProcessEnv): RequestLimits {
  return {
    maxAliases: integer(env, 'SCHAKEL_MAX_ALIASES', 30, 0, 10_000),
    maxDepth: integer(env, 'SCHAKEL_MAX_DEPTH', 10, 2, 100),
    maxCost: integer(env, 'SCHAKEL_MAX_COST', 10_000, 10, 10_000_000),
    maxTokens: integer(env, 'SCHAKEL_MAX_TOKENS', 3_000, 100, 1_000_000),
    maxQueryLength: integer(env, 'SCHAKEL_MAX_QUERY_LENGTH', 10_000, 100, 10_000_000),
    maxStringLength: integer(env, 'SCHAKEL_MAX_STRING_LENGTH', 2_000, 16, 1_000_000),
    maxBodyBytes: integer(env, 'SCHAKEL_MAX_BODY_BYTES', 256 * 1024, 1024, 64 * 1024 * 1024),
    requestBudgetMs: integer(env, 'SCHAKEL_REQUEST_BUDGET_MS', 10_000, 100, 600_000),
    rateLimit: integer(env, 'SCHAKEL_RATE_LIMIT', 600, 0, 1_000_000),
    rateWindowSeconds: integer(env, 'SCHAKEL_RATE_WINDOW_SECONDS', 60, 1, 3600),
    maxConcurrentPerCaller: integer(env, 'SCHAKEL_MAX_CONCURRENT_PER_CALLER', 4, 0, 10_000),
  };
}
