import { InvalidConfigurationError, loadConfiguration } from '@hyeopchi/config';

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

  it('treats an empty value as unset', () => {
    expect(loadConfiguration({ KAFKA_BROKERS: '', DATABASE_URL: '' }).KAFKA_BROKERS).toBeUndefined();
  });

  it.each([
    ['DATABASE_URL', 'mysql://root@localhost/x', 'postgres://'],
    ['KAFKA_BROKERS', 'localhost', 'host:port'],
    ['KAFKA_TOPIC_PARTITIONS', 'six', 'whole number'],
    ['KAFKA_TOPIC_PARTITIONS', '0', 'whole number'],
    ['KAFKA_TOPIC_NAMESPACE', 'Hyeopchi.Test', 'lowercase letters'],
    ['JWT_SECRET', 'too-short', 'at least 32 characters'],
    ['JWT_PUBLIC_KEY', 'ssh-rsa AAAA', 'PEM public key'],
    ['PORT', '4000.5', 'whole number'],
    ['LOG_LEVEL', 'loud', 'Invalid enum value'],
  ])('stops on an invalid %s=%s with a message naming it', (key, value, hint) => {
    const failure = (() => {
      try {
        loadConfiguration({ [key]: value });
      } catch (error) {
        return error;
      }
    })();
    expect(failure).toBeInstanceOf(InvalidConfigurationError);
    expect((failure as Error).message).toContain(`${key}="${value}"`);
    expect((failure as Error).message).toContain(hint);
  });
});
