import { readDeadLetters, toKafkaMessage, topicOf } from '@hyeopchi/messaging';
import { eventually } from '@hyeopchi/testing';
import { randomUUID } from 'node:crypto';
import { Kafka, Message, logLevel } from 'kafkajs';
import { Fault } from '../fault';

const DEAD_LETTERED_WITHIN_MS = 120_000;

/**
 * Poison on the civic topic, in the partition of a proposal the clients support: a message that is not a
 * CloudEvent, an event of a type civic never records, one of a schema version newer than any consumer reads, and
 * one whose data is not JSON. Each must reach the dead-letter topic (the newer two once the consumers have waited
 * UPGRADE_WAIT_SECONDS for an upgrade), and the consumers must carry on past them
 * (the recovery measured after it waits for every later event of that partition to be applied).
 */
export const poisonEvents: Fault = {
  kind: 'poison events (unknown type, unknown schema version, malformed data, not a CloudEvent)',
  times: 4,
  inject: async ({ topology, load }) => {
    const kafka = new Kafka({
      clientId: 'hyeopchi-chaos-poison',
      brokers: topology.broker.brokers,
      logLevel: logLevel.NOTHING,
    });
    const key = `proposal-${load.supportedProposal()}`;
    const poison = poisonMessages(key);
    const producer = kafka.producer();
    await producer.connect();
    try {
      await producer.send({ topic: topicOf('civic', topology.namespace), messages: poison });
    } finally {
      await producer.disconnect();
    }
    const ids = poison.map((message) => String(message.headers!.ce_id));
    try {
      await eventually(
        async () => {
          const letters = await readDeadLetters(kafka, topology.namespace, { limit: 10_000 });
          const lettered = new Set(letters.map((letter) => letter.eventId));
          const missing = ids.filter((id) => !lettered.has(id));
          if (missing.length > 0) throw new Error(`not dead-lettered: ${missing.join(', ')}`);
        },
        DEAD_LETTERED_WITHIN_MS,
        1_000,
      );
      return [];
    } catch (error) {
      return [`poison: ${(error as Error).message}`];
    }
  },
};

function poisonMessages(key: string): Message[] {
  const event = (type: string, schemaVersion: number) =>
    toKafkaMessage('civic', {
      streamId: `proposal-poison-${randomUUID()}`,
      streamVersion: 1,
      globalPosition: 1,
      transactionId: '1',
      eventId: randomUUID(),
      type,
      schemaVersion,
      data: { proposalId: 'poison' },
      metadata: { actor: 'chaos' },
      recordedAt: new Date(),
    });
  const notACloudEvent = { value: 'poison', headers: { ce_id: randomUUID() } };
  const malformed = { ...event('proposal.supported.v1', 1), value: '{"proposalId": ' };
  return [
    notACloudEvent,
    event('proposal.poisoned.v1', 1),
    event('proposal.supported.v1', 99),
    malformed,
  ].map((message) => ({ ...message, key }));
}
