import { InvalidConfigurationError, loadConfiguration } from '@hyeopchi/config';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const failureOf = (env: Record<string, unknown>): Error | undefined => {
  try {
    loadConfiguration(env);
  } catch (error) {
    return error as Error;
  }
  return undefined;
};

/** Every quoted literal in the project's tracked files that names itself a secret: these are public. */
function publishedSecrets(): string[] {
  const root = join(__dirname, '../../..');
  const files = execFileSync('git', ['ls-files', '--', '*.ts', '*.tsx', '*.sh', '*.md', '*.yml', '*.json'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => file && file !== 'package-lock.json');
  const literal = /['"`]([^'"`\s]*secret[^'"`\s]*)['"`]/gi;
  return [
    ...new Set(
      files.flatMap((file) =>
        [...readFileSync(join(root, file), 'utf8').matchAll(literal)]
          .map((match) => match[1])
          .filter((value) => value.length >= 32),
      ),
    ),
  ];
}

describe('configuration', () => {
  it('runs on embedded defaults when nothing is set', () => {
    const config = loadConfiguration({});
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.KAFKA_BROKERS).toBeUndefined();
    expect(config).toMatchObject({
      KAFKA_TOPIC_PARTITIONS: 6,
      KAFKA_TOPIC_NAMESPACE: 'hyeopchi',
      PORT: 4000,
      EMBEDDED_POSTGRES_DIR: 'data/postgres',
    });
  });

  it('reads a database URL, a broker list and numbers', () => {
    const config = loadConfiguration({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/hyeopchi',
      KAFKA_BROKERS: '127.0.0.1:9092,kafka-2:9092',
      KAFKA_TOPIC_PARTITIONS: '12',
    });
    expect(config.KAFKA_BROKERS).toEqual(['127.0.0.1:9092', 'kafka-2:9092']);
    expect(config.KAFKA_TOPIC_PARTITIONS).toBe(12);
  });

  it('reads where traces go, by OTLP over HTTP', () => {
    expect(loadConfiguration({}).OTEL_EXPORTER_OTLP_ENDPOINT).toBeUndefined();
    const config = loadConfiguration({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' });
    expect(config.OTEL_EXPORTER_OTLP_ENDPOINT).toBe('http://collector:4318');
  });

  it('treats an empty value as unset', () => {
    expect(loadConfiguration({ KAFKA_BROKERS: '', DATABASE_URL: '' }).KAFKA_BROKERS).toBeUndefined();
  });

  it.each([
    ['DATABASE_URL', 'mysql://root@localhost/x', 'postgres://'],
    ['KAFKA_BROKERS', 'localhost', 'host:port'],
    ['KAFKA_TOPIC_PARTITIONS', 'six', 'whole number'],
    ['KAFKA_TOPIC_PARTITIONS', '0', 'whole number'],
    ['KAFKA_TOPIC_NAMESPACE', 'Hyeopchi.Test', 'lowercase letters'],
    ['JWT_PUBLIC_KEY', 'ssh-rsa AAAA', 'PEM public key'],
    ['PORT', '4000.5', 'whole number'],
    ['LOG_LEVEL', 'loud', 'Invalid enum value'],
    ['JWT_MAX_TOKEN_HOURS', '0', 'whole number'],
    ['JWT_MAX_TOKEN_HOURS', '8761', 'whole number'],
    ['OTEL_EXPORTER_OTLP_ENDPOINT', 'collector:4318', 'http:// or https:// URL'],
    ['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'grpc://collector:4317', 'http:// or https:// URL'],
  ])('stops on an invalid %s=%s with a message naming it', (key, value, hint) => {
    const failure = failureOf({ [key]: value });
    expect(failure).toBeInstanceOf(InvalidConfigurationError);
    expect((failure as Error).message).toContain(`${key}="${value}"`);
    expect((failure as Error).message).toContain(hint);
  });

  it('keeps tokens to a month unless told otherwise', () => {
    expect(loadConfiguration({}).JWT_MAX_TOKEN_HOURS).toBe(720);
    expect(loadConfiguration({ JWT_MAX_TOKEN_HOURS: '8' }).JWT_MAX_TOKEN_HOURS).toBe(8);
  });

  it('refuses a short JWT_SECRET without repeating it', () => {
    const failure = failureOf({ JWT_SECRET: 'too-short' });
    expect(failure).toBeInstanceOf(InvalidConfigurationError);
    expect(failure!.message).toContain(
      'JWT_SECRET (9 characters, not shown): expected a secret of at least 32',
    );
    expect(failure!.message).not.toContain('too-short');
  });

  describe('in production', () => {
    const random = 'q9P2vX7mK4tR8wZ1bN6cY3hJ5fL0sD-A';

    it('accepts a random secret', () => {
      expect(loadConfiguration({ NODE_ENV: 'production', JWT_SECRET: random }).JWT_SECRET).toBe(random);
    });

    it('refuses every secret the project publishes (README, docker-compose.yml, tests), saying how to make one', () => {
      const published = publishedSecrets();
      expect(published).toEqual(
        expect.arrayContaining([
          'a-test-secret-of-at-least-thirty-two-characters',
          'ci-smoke-secret-of-at-least-thirty-two-characters',
        ]),
      );
      for (const secret of published) {
        const failure = failureOf({ NODE_ENV: 'production', JWT_SECRET: secret });
        expect(failure).toBeInstanceOf(InvalidConfigurationError);
        expect(failure!.message).toContain('not for production');
        expect(failure!.message).toContain('openssl rand -base64 32');
        expect(failure!.message).not.toContain(secret);
      }
    });

    it.each([
      ['made up', 'our-city-password-for-the-gateway-2026'],
      ["docker-compose.yml's former default", 'a-development-secret-change-it-in-production'],
      ['repetitive', 'abababababababababababababababab'],
    ])('refuses a %s secret', (_kind, secret) => {
      expect(failureOf({ NODE_ENV: 'production', JWT_SECRET: secret })?.message).toContain(
        'not for production',
      );
    });

    it('leaves the secrets of development and tests alone', () => {
      const secret = 'a-test-secret-of-at-least-thirty-two-characters';
      expect(loadConfiguration({ NODE_ENV: 'test', JWT_SECRET: secret }).JWT_SECRET).toBe(secret);
    });
  });
});
