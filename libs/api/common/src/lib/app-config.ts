import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { API_CLIENT_RATE_LIMIT_DEFAULT, BREAK_GLASS_MINUTES_DEFAULT, DOCUMENT_MAX_BYTES_DEFAULT, isTimeZone } from '@waymark/shared/types';

const toNumber = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;

/** The development secret; production refuses it (see `loadConfig`). */
const DEV_JWT_SECRET = 'waymark-development-secret-do-not-use-in-production';

/** The development key for client identifiers (32 bytes of 0x01); production refuses it (see `loadConfig`). */
const DEV_CLIENT_DATA_KEY = Buffer.alloc(32, 1).toString('base64');

/** The development key for webhook signing secrets (32 bytes of 0x02); production refuses it (see `loadConfig`). */
const DEV_WEBHOOK_SECRET_KEY = Buffer.alloc(32, 2).toString('base64');

/** Secrets an error message must never echo back. */
const SECRETS = ['JWT_SECRET', 'DATABASE_URL', 'CLIENT_DATA_KEY', 'S3_SECRET_ACCESS_KEY', 'SMTP_URL', 'SMS_WEBHOOK_URL', 'WEBHOOK_SECRET_KEY', 'WEBHOOK_SECRET_KEY_PREVIOUS'];

/**
 * Every setting the API reads, validated once at start. Each property is named after its
 * environment variable so an error names the variable a person has to fix.
 * class-validator runs a property's checks last-written first, so the type check is written
 * last and reported first.
 */
export class AppConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IsString()
  HOST = '127.0.0.1';

  @Transform(toNumber) @Min(0) @Max(65535) @IsInt()
  PORT = 3000;

  /** PostgreSQL connection string; unset means the embedded PGlite database. */
  @IsOptional() @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @IsString()
  PGLITE_DATA_DIR = '.data/pglite';

  @Transform(toNumber) @Min(1) @Max(200) @IsInt()
  DATABASE_POOL_SIZE = 10;

  /** Migrate (and, on an empty embedded database, seed the demo agency) when the API starts. */
  @Transform(toBool) @IsBoolean()
  MIGRATE_ON_START = true;

  @IsString() @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters long' })
  JWT_SECRET = DEV_JWT_SECRET;

  /** Encrypts client identifiers (Medicaid numbers, SSNs) at rest: the base64 of 32 random bytes. */
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'CLIENT_DATA_KEY must be the base64 of 32 random bytes (e.g. openssl rand -base64 32)' })
  CLIENT_DATA_KEY = DEV_CLIENT_DATA_KEY;

  @Transform(toNumber) @Min(30) @Max(3600) @IsInt()
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toNumber) @Min(1) @Max(90) @IsInt()
  REFRESH_TOKEN_TTL_DAYS = 14;

  /** Minutes without input after which the SPA locks the screen; decimals allowed. */
  @Transform(toNumber) @Min(0.05) @Max(720) @IsNumber()
  IDLE_LOCK_MINUTES = 15;

  /** How long emergency ("break-the-glass") access to a client's record lasts. */
  @Transform(toNumber) @Min(1) @Max(1440) @IsInt()
  BREAK_GLASS_MINUTES = BREAK_GLASS_MINUTES_DEFAULT;

  /** Login attempts one address may make in 15 minutes before it gets RATE_LIMITED. */
  @Transform(toNumber) @Min(1) @IsInt()
  LOGIN_RATE_LIMIT = 100;

  /** Requests one API client may make per minute, counted in PostgreSQL so it holds across API instances. */
  @Transform(toNumber) @Min(1) @IsInt()
  API_CLIENT_RATE_LIMIT = API_CLIENT_RATE_LIMIT_DEFAULT;

  /** Trust X-Forwarded-For (only behind a proxy that sets it). */
  @Transform(toBool) @IsBoolean()
  TRUST_PROXY = false;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** The built SPA the API serves; missing folder means API only. */
  @IsString()
  WEB_DIST_DIR = 'dist/apps/web';

  /** Where our own FHIR code and identifier systems live (`{base}/CodeSystem/…`, `{base}/identifier/…`): an installation's own domain. */
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'FHIR_SYSTEM_BASE must be an http:// or https:// URL' })
  FHIR_SYSTEM_BASE = 'https://waymark.example/fhir';

  @Transform(toNumber) @Min(100) @IsInt()
  AUDIT_SEAL_INTERVAL_MS = 2000;

  /** Run scheduled work (worklist deadlines, overdue escalation) on the pg-boss queue in this process. */
  @Transform(toBool) @IsBoolean()
  JOBS_ENABLED = true;

  /** When overdue worklist tasks are escalated (cron, minutes at the finest): a cheap round; one instance runs each. */
  @IsString()
  TASK_SWEEP_CRON = '*/10 * * * *';

  /**
   * When every enrollment's deadlines are reconciled with its program's rules (cron): the
   * heavy round, once a day is enough since deadlines also move with the changes that make
   * them. An instance also runs it as it starts; one instance runs each round.
   */
  @IsString()
  TASK_RECONCILE_CRON = '30 1 * * *';

  /** When referrals nobody answered within REFERRAL_EXPIRY_DAYS are expired (cron, also once at start); one instance runs each round. */
  @IsString()
  REFERRAL_EXPIRY_CRON = '15 1 * * *';

  /** When HSDS imports left RUNNING by a stopped process are marked FAILED (cron, also once at start): a cheap round, safe on every instance. */
  @IsString()
  DIRECTORY_IMPORT_SWEEP_CRON = '*/5 * * * *';

  /** Tests only: the clock starts at this instant (ISO 8601), so deadlines can be checked on known dates. */
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, { message: 'CLOCK_NOW must be an ISO 8601 date or instant' })
  CLOCK_NOW?: string;

  /** The IANA time zone "open now" judges a directory service's hours in when its location names none. */
  @IsString()
  DIRECTORY_TIME_ZONE = 'America/Los_Angeles';

  /** The agency's IANA time zone for on-call follow-ups: a call's "next morning", and Friday evening's Monday. */
  @IsString()
  ON_CALL_TIME_ZONE = 'America/Los_Angeles';

  /**
   * Serve the directory's HSDS API (/hsds) without sign-in, as an open feed of what the directory
   * shares with every agency (SHARED organizations); off, it answers API clients and signed-in users only.
   */
  @Transform(toBool) @IsBoolean()
  HSDS_API_PUBLIC = false;

  /** Answer every request with X-Sql-Statements, the SQL statements it ran: for benchmarks (`npm run bench`). */
  @Transform(toBool) @IsBoolean()
  REPORT_SQL_STATEMENTS = false;

  /** The largest document one upload may carry, in bytes (10 MB by default). */
  @Transform(toNumber) @Min(1024) @Max(1_073_741_824) @IsInt()
  DOCUMENT_MAX_BYTES = DOCUMENT_MAX_BYTES_DEFAULT;

  /** Where documents' bytes are kept: `postgres` (with the data, the default) or `s3` (an S3-compatible store, S3_*). */
  @IsIn(['postgres', 's3'])
  DOCUMENT_STORE: 'postgres' | 's3' = 'postgres';

  /** The S3-compatible endpoint (e.g. http://minio:9000); unset means AWS S3 itself. */
  @IsOptional() @Matches(/^https?:\/\/.+/, { message: 'S3_ENDPOINT must be an http:// or https:// URL' })
  S3_ENDPOINT?: string;

  @IsOptional() @IsString()
  S3_BUCKET?: string;

  @IsString()
  S3_REGION = 'us-east-1';

  @IsOptional() @IsString()
  S3_ACCESS_KEY_ID?: string;

  @IsOptional() @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  /** How messages to clients (resource lists) leave: `log` writes them to the log only; `smtp` sends e-mail through SMTP_URL. */
  @IsIn(['log', 'smtp'])
  MESSAGE_DELIVERY: 'log' | 'smtp' = 'log';

  /** The SMTP server for MESSAGE_DELIVERY=smtp, e.g. smtps://user:password@mail.example.org:465 (checked in loadConfig, never echoed). */
  @IsOptional() @IsString()
  SMTP_URL?: string;

  /** The sender of e-mail to clients, e.g. "Riverside Community Services <no-reply@example.org>". */
  @IsOptional() @IsString()
  SMTP_FROM?: string;

  /** Text messages to clients are posted here as JSON { to, body } when set; unset, they are logged (MESSAGE_DELIVERY=log) or refused. */
  @IsOptional() @Matches(/^https?:\/\/.+/, { message: 'SMS_WEBHOOK_URL must be an http:// or https:// URL' })
  SMS_WEBHOOK_URL?: string;

  /** Seals webhook signing secrets at rest (AES-256-GCM; they must stay usable to sign): the base64 of 32 random bytes. */
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'WEBHOOK_SECRET_KEY must be the base64 of 32 random bytes (e.g. openssl rand -base64 32)' })
  WEBHOOK_SECRET_KEY = DEV_WEBHOOK_SECRET_KEY;

  /** The key WEBHOOK_SECRET_KEY replaced, while rotating it: secrets sealed under it still open (new ones seal under the new key). */
  @IsOptional() @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'WEBHOOK_SECRET_KEY_PREVIOUS must be the base64 of 32 random bytes' })
  WEBHOOK_SECRET_KEY_PREVIOUS?: string;

  /** When due webhook deliveries and retries are sent (cron); a new event is also sent at once through the queue. */
  @IsString()
  WEBHOOK_DELIVERY_CRON = '* * * * *';

  /** How deeply a GraphQL query may nest fields. */
  @Transform(toNumber) @Min(2) @Max(50) @IsInt()
  GRAPHQL_MAX_DEPTH = 10;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get isEmbeddedDatabase(): boolean {
    return !this.DATABASE_URL;
  }
}

export class ConfigError extends Error {}

/** Reads and validates the environment; throws a ConfigError whose message is one line. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const raw = Object.fromEntries(known.filter((key) => env[key] !== undefined && env[key] !== '').map((key) => [key, env[key]]));
  const config = plainToInstance(AppConfig, raw);
  const [first] = validateSync(config, { forbidUnknownValues: false, stopAtFirstError: true });
  if (first) {
    const message = Object.values(first.constraints ?? {})[0] ?? 'is invalid';
    const shown = SECRETS.includes(first.property) ? '' : ` (got "${raw[first.property]}")`;
    // class-validator's messages begin with the property, which is the variable's name.
    throw new ConfigError(`Configuration error: ${message}${shown}`);
  }
  if (config.isProduction && config.JWT_SECRET === DEV_JWT_SECRET) {
    throw new ConfigError('Configuration error: JWT_SECRET must be set in production');
  }
  if (config.CLOCK_NOW && config.NODE_ENV !== 'test') {
    throw new ConfigError('Configuration error: CLOCK_NOW is for tests only (NODE_ENV=test)');
  }
  if (!isTimeZone(config.DIRECTORY_TIME_ZONE)) {
    throw new ConfigError(`Configuration error: DIRECTORY_TIME_ZONE must be an IANA time zone such as America/Los_Angeles (got "${config.DIRECTORY_TIME_ZONE}")`);
  }
  if (!isTimeZone(config.ON_CALL_TIME_ZONE)) {
    throw new ConfigError(`Configuration error: ON_CALL_TIME_ZONE must be an IANA time zone such as America/Los_Angeles (got "${config.ON_CALL_TIME_ZONE}")`);
  }
  if (config.DOCUMENT_STORE === 's3' && !config.S3_BUCKET) {
    throw new ConfigError('Configuration error: S3_BUCKET must be set when DOCUMENT_STORE is s3');
  }
  if (config.isProduction && config.CLIENT_DATA_KEY === DEV_CLIENT_DATA_KEY) {
    throw new ConfigError('Configuration error: CLIENT_DATA_KEY must be set in production');
  }
  if (config.isProduction && config.WEBHOOK_SECRET_KEY === DEV_WEBHOOK_SECRET_KEY) {
    throw new ConfigError('Configuration error: WEBHOOK_SECRET_KEY must be set in production');
  }
  // SMTP_URL may hold a password: it is checked here, and never echoed.
  if (config.MESSAGE_DELIVERY === 'smtp' && (!config.SMTP_URL || !/^smtps?:\/\/.+/.test(config.SMTP_URL) || !config.SMTP_FROM)) {
    throw new ConfigError('Configuration error: MESSAGE_DELIVERY=smtp needs SMTP_URL (an smtp:// or smtps:// URL) and SMTP_FROM (the sender)');
  }
  return config;
}
