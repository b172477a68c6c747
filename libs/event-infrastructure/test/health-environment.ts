import { randomBytes } from 'node:crypto';

// The configuration module reads the environment once, when it is first imported: the health test imports this
// file first, so the applications it starts find their own database (made in the test) and Kafka namespace.
export const healthDatabaseName = `hyeopchi_health_${randomBytes(4).toString('hex')}`;

const testDatabaseUrl = process.env.TEST_DATABASE_URL;
if (!testDatabaseUrl) throw new Error('TEST_DATABASE_URL is not set: run the tests through jest');
Object.assign(process.env, {
  DATABASE_URL: testDatabaseUrl.replace(/\/[^/]*$/, `/${healthDatabaseName}`),
  KAFKA_TOPIC_NAMESPACE: `health-${randomBytes(4).toString('hex')}`,
  HOST: '127.0.0.1',
  LOG_LEVEL: 'log',
  LOG_FORMAT: 'json',
});
