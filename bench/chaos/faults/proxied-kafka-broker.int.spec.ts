import { Kafka, logLevel } from 'kafkajs';
import { eventually } from '@hyeopchi/testing';
import { ProxiedKafkaBroker, startProxiedKafkaBroker } from './proxied-kafka-broker';

describe('a Kafka broker behind a fault proxy', () => {
  let kafka: ProxiedKafkaBroker;

  beforeAll(async () => {
    kafka = await startProxiedKafkaBroker({ brokerPort: 19392 });
  }, 120_000);

  afterAll(async () => {
    await kafka?.destroy();
  }, 60_000);

  it('advertises the proxy, so that every connection after bootstrapping goes through it', async () => {
    const client = new Kafka({
      brokers: kafka.brokers,
      clientId: 'chaos-faults-test',
      logLevel: logLevel.NOTHING,
    });
    const admin = client.admin();
    await admin.connect();
    try {
      const { brokers } = await admin.describeCluster();
      expect(brokers).toEqual([expect.objectContaining({ host: '127.0.0.1', port: kafka.proxy.port })]);
    } finally {
      await admin.disconnect();
    }
  });

  it('carries messages both ways, and clients reconnect after the proxy resets them', async () => {
    const topic = `chaos-faults-${process.pid}`;
    const client = new Kafka({
      brokers: kafka.brokers,
      clientId: 'chaos-faults-test',
      logLevel: logLevel.NOTHING,
      retry: { retries: 10, initialRetryTime: 100 },
    });
    const producer = client.producer({ allowAutoTopicCreation: true });
    const consumer = client.consumer({ groupId: `${topic}-group` });
    const received: string[] = [];
    await producer.connect();
    await consumer.connect();
    try {
      await producer.send({ topic, messages: [{ value: 'before the reset' }] });
      await consumer.subscribe({ topic, fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ message }) => void received.push(message.value!.toString()),
      });
      await eventually(() => expect(received).toEqual(['before the reset']), 60_000);

      const bytesBefore = kafka.proxy.stats().bytesFromTarget;
      kafka.proxy.reset();
      await eventually(() => producer.send({ topic, messages: [{ value: 'after the reset' }] }), 60_000, 500);
      await eventually(() => expect(received).toContain('after the reset'), 60_000);
      expect(kafka.proxy.stats().resets).toBeGreaterThan(0);
      expect(kafka.proxy.stats().bytesFromTarget).toBeGreaterThan(bytesBefore);
    } finally {
      await consumer.disconnect();
      await producer.disconnect();
    }
  });
});
