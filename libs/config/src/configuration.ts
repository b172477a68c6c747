import { z } from 'zod';
import { productionSecretRefusal } from './production-secrets';

const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ invalid_type_error: `expected a whole number from ${min} to ${max}` })
    .int(`expected a whole number from ${min} to ${max}`)
    .min(min, `expected a whole number from ${min} to ${max}`)
    .max(max, `expected a whole number from ${min} to ${max}`);

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/\S+$/, 'expected a postgres:// or postgresql:// connection URL');

const brokerList = z
  .string()
  .regex(/^[\w.-]+:\d{1,5}(,[\w.-]+:\d{1,5})*$/, 'expected host:port[,host:port...]')
  .transform((value) => value.split(','));

const httpUrl = z
  .string()
  .max(2_000)
  .regex(/^https?:\/\/\S+$/, 'expected an http:// or https:// URL');

/** Every setting the platform reads from the environment, with its default. */
const schema = z.object({
  /** Unset: the embedded PostgreSQL under EMBEDDED_POSTGRES_DIR. */
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: wholeNumber(1, 500).default(10),
  EMBEDDED_POSTGRES_DIR: z.string().min(1).default('data/postgres'),
  EMBEDDED_POSTGRES_PORT: wholeNumber(1024, 65535).default(54329),
  /** Unset: the in-process bus in place of Kafka. */
  KAFKA_BROKERS: brokerList.optional(),
  KAFKA_CLIENT_ID: z.string().min(1).default('hyeopchi'),
  KAFKA_TOPIC_PARTITIONS: wholeNumber(1, 1000).default(6),
  /** Prefix of every topic and consumer group, so deployments or test runs can share a cluster. */
  KAFKA_TOPIC_NAMESPACE: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/, 'expected lowercase letters, digits and dashes, starting with a letter')
    .default('hyeopchi'),
  /**
   * How long a Kafka consumer waits on an event newer than it reads (a type or revision a rolling upgrade has not
   * brought it yet) before it sends it to the dead-letter topic and carries on.
   */
  UPGRADE_WAIT_SECONDS: wholeNumber(1, 86_400).default(300),
  RELAY_BATCH_SIZE: wholeNumber(1, 10_000).default(500),
  RELAY_POLL_INTERVAL_MS: wholeNumber(1, 60_000).default(25),
  /**
   * How long the standalone bus's followers wait, when this process appended nothing, before looking at the logs
   * again: every local append wakes them at once, so the wait matters only for another process's appends, and a
   * short one costs PostgreSQL a transaction per follower each time (about 1,000 a second at 25 ms).
   */
  BUS_POLL_INTERVAL_MS: wholeNumber(1, 60_000).default(1_000),
  /** Unset: a review is due one calendar month after it opens. */
  REVIEW_ANSWER_WITHIN_DAYS: wholeNumber(1, 365).optional(),
  /** How often the department service looks for reviews past their due date. */
  DEADLINE_SCAN_INTERVAL_MS: wholeNumber(100, 3_600_000).default(30_000),
  /**
   * HS256 secret shared with whoever issues tokens. Unset with no public key: a development secret (below).
   * Production refuses one that is made up or published (production-secrets.ts).
   */
  JWT_SECRET: z.string().min(32, 'expected a secret of at least 32 characters').optional(),
  /** RS256: the identity provider's public key (PEM). Tokens are then checked with it alone. */
  JWT_PUBLIC_KEY: z
    .string()
    .regex(/-----BEGIN PUBLIC KEY-----[\s\S]+-----END PUBLIC KEY-----/, 'expected a PEM public key')
    .optional(),
  JWT_ISSUER: z.string().min(1).default('hyeopchi'),
  /** The longest a token may last, and the latest it may expire, from now: a month (up to a year). */
  JWT_MAX_TOKEN_HOURS: wholeNumber(1, 8760).default(720),
  JWT_AUDIENCE: z.string().min(1).default('hyeopchi'),
  /** Where a development installation keeps the secret it made for itself. */
  JWT_DEV_SECRET_FILE: z.string().min(1).default('data/jwt-dev-secret'),
  /** 0 takes any free port (tests). */
  PORT: wholeNumber(0, 65535).default(4000),
  /** Loopback by default; containers set 0.0.0.0. */
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  /**
   * json: one JSON object per line, for a log collector; pretty: for a person (needs the development dependency
   * pino-pretty). Unset: pretty with NODE_ENV=development or on a terminal outside production, json otherwise.
   */
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  /**
   * Behind a proxy or load balancer: which of them to trust for the caller's address (Express's "trust proxy":
   * a number of hops, `loopback`, or addresses and subnets separated by commas). Unset: the connection's address,
   * so anonymous callers behind one proxy share one rate limit.
   */
  TRUST_PROXY: z
    .string()
    .regex(/^(\d+|[0-9a-fA-F:./, a-z]+)$/, 'expected a number of hops, loopback, or addresses and subnets')
    .optional(),
  /**
   * Set: GET /metrics answers only `Authorization: Bearer <METRICS_TOKEN>` (Prometheus's `authorization`
   * setting). Unset: it answers anyone outside production, and no one in production (403).
   */
  METRICS_TOKEN: z.string().min(32, 'expected a token of at least 32 characters').optional(),
  /** Root fields (aliases counted) each caller may ask the gateway for per minute, and at once. */
  RATE_LIMIT_PER_MINUTE: wholeNumber(1, 1_000_000).default(600),
  RATE_LIMIT_BURST: wholeNumber(1, 1_000_000).default(120),
  /**
   * The Ed25519 key that signs each service's log checkpoints (PKCS#8 PEM; `npx hyeopchi keys generate`). Missing
   * outside production: made there once, for development. Its `.pub` beside it is what auditors verify with.
   */
  AUDIT_SIGNING_KEY_FILE: z.string().min(1).default('data/audit-keys/checkpoint-signing.key'),
  /** The key's name in signed notes, and the prefix of each log's origin (`<origin>/<service>`). */
  AUDIT_KEY_NAME: z
    .string()
    .regex(/^[^\s+]+$/, 'expected one word without spaces or +')
    .default('hyeopchi'),
  AUDIT_ORIGIN: z
    .string()
    .regex(/^[^\s/]+(\/[^\s/]+)*$/, 'expected a name such as city.example/hyeopchi, without spaces')
    .default('hyeopchi.local'),
  /** A checkpoint is signed once this many events wait, or once the oldest has waited this long. */
  AUDIT_CHECKPOINT_EVERY_EVENTS: wholeNumber(1, 10_000_000).default(1_000),
  AUDIT_CHECKPOINT_EVERY_SECONDS: wholeNumber(1, 86_400).default(60),
  /**
   * Where traces go, by OTLP over HTTP (JSON): a collector's base URL (`/v1/traces` is added), or the traces URL
   * itself. Both unset: no spans are recorded. The exporter also reads the other standard OTEL_EXPORTER_OTLP_*
   * variables (headers, timeout) and the sampler OTEL_TRACES_SAMPLER.
   */
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl.optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: httpUrl.optional(),
  /**
   * Standalone mode: seed the master plan and the demo city at start (once; seeding again changes nothing).
   * Unset: on the embedded database only, never into a database someone configured.
   */
  SEED_DEMO: z
    .enum(['true', 'false'], { message: 'expected true or false' })
    .transform((value) => value === 'true')
    .optional(),
});

export type HyeopchiConfig = z.infer<typeof schema>;

export const CONFIGURATION_KEYS = Object.keys(schema.shape) as (keyof HyeopchiConfig)[];

export class InvalidConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'InvalidConfigurationError';
  }
}

/** Settings whose values an error message must not repeat: start-up errors end up in logs. */
const SECRET_SETTINGS: readonly string[] = ['JWT_SECRET', 'METRICS_TOKEN'];

const shown = (key: string, value: unknown) =>
  SECRET_SETTINGS.includes(key) && typeof value === 'string'
    ? `${key} (${value.length} characters, not shown)`
    : `${key}=${JSON.stringify(value)}`;

/**
 * Validates the environment; an invalid value stops start-up with a message that names it. With
 * NODE_ENV=production it also refuses a JWT_SECRET that is not fit to sign real tokens.
 */
export function loadConfiguration(env: Record<string, unknown>): HyeopchiConfig {
  const blankAsUnset = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = schema.safeParse(blankAsUnset);
  if (!parsed.success) {
    throw new InvalidConfigurationError(
      parsed.error.issues.map((issue) => {
        const key = issue.path.join('.');
        return `${shown(key, env[key])}: ${issue.message}`;
      }),
    );
  }
  const secret = parsed.data.JWT_SECRET;
  const refusal = env.NODE_ENV === 'production' && secret ? productionSecretRefusal(secret) : null;
  if (refusal) {
    throw new InvalidConfigurationError([`${shown('JWT_SECRET', secret)}: not for production: ${refusal}`]);
  }
  return parsed.data;
}
