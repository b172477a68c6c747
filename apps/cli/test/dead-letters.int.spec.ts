import {
  DeadLetterTopic,
  MalformedCloudEventError,
  createKafka,
  ensureTopics,
  topicOf,
} from '@hyeopchi/messaging';
import { eventually, testKafkaBrokers } from '@hyeopchi/testing';
import { Command } from 'commander';
import { KafkaMessage } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import { hyeopchiProgram } from '../src/main';

/** The dead-letters commands, run in this process against the real broker, under a namespace of their own. */
describe('npx hyeopchi dead-letters', () => {
  const namespace = `dl-cli-${randomBytes(4).toString('hex')}`;
  const kafka = createKafka({ brokers: testKafkaBrokers(), clientId: 'dead-letters-cli-test' });
  const saved = {
    KAFKA_BROKERS: process.env.KAFKA_BROKERS,
    KAFKA_TOPIC_NAMESPACE: process.env.KAFKA_TOPIC_NAMESPACE,
  };
  let printed: string[];

  beforeEach(() => {
    process.env.KAFKA_BROKERS = testKafkaBrokers().join(',');
    process.env.KAFKA_TOPIC_NAMESPACE = namespace;
    printed = [];
    jest.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
  });
  afterEach(() => {
    jest.restoreAllMocks();
    Object.assign(process.env, saved);
  });

  /** The program, throwing where it would exit, as a process would with a message and a failing code. */
  const hyeopchi = (...args: string[]) => {
    const program = hyeopchiProgram();
    const everyCommand = (command: Command): Command[] => [
      command,
      ...command.commands.flatMap(everyCommand),
    ];
    everyCommand(program).forEach((command) => command.exitOverride());
    return program.parseAsync(['node', 'hyeopchi', ...args]);
  };

  it('lists nothing before any consumer gave up on a message', async () => {
    await hyeopchi('dead-letters', 'list');
    expect(printed).toEqual([`0 dead letter(s) on ${namespace}.dead-letters`]);
  });

  it('lists a dead letter with its source and reason, and replays it to its source topic', async () => {
    const source = topicOf('ledger', namespace);
    await ensureTopics(kafka, ['ledger'], 1, namespace);
    const letters = new DeadLetterTopic(kafka, namespace);
    await letters.ensure();
    const message: KafkaMessage = {
      key: Buffer.from('ledger-1'),
      value: Buffer.from('{"amount": '),
      headers: { ce_id: '5f0c7d36-4c59-4a6b-9f63-1e1c2b9f6a10', ce_type: 'hyeopchi.entry.recorded.v1' },
      offset: '41',
      timestamp: String(Date.now()),
      attributes: 0,
    };
    const poison = new MalformedCloudEventError('its JSON does not parse', 'malformed-json');
    await letters.send(
      { consumer: 'ledger-projection', topic: source, partition: 0, message, poison },
      new Date(),
    );
    await letters.close();

    await hyeopchi('dead-letters', 'list', '--limit', '10');
    expect(printed[0]).toBe(`1 dead letter(s) on ${namespace}.dead-letters`);
    expect(printed[1]).toMatch(
      new RegExp(
        `^0  \\S+Z  ledger-projection  malformed-json  ${source}/0@41  hyeopchi.entry.recorded.v1 5f0c7d36-4c59-4a6b-9f63-1e1c2b9f6a10  not a Hyeopchi CloudEvent: its JSON does not parse$`,
      ),
    );

    await hyeopchi('dead-letters', 'replay', '0');
    expect(printed[2]).toMatch(
      new RegExp(`^replayed dead letter 0 \\(malformed-json\\) to ${source}/0 at offset 0$`),
    );
    const replayed = await firstMessageOf(source);
    expect(replayed.value?.toString()).toBe('{"amount": ');
    expect(replayed.headers?.ce_id?.toString()).toBe('5f0c7d36-4c59-4a6b-9f63-1e1c2b9f6a10');
    expect(Object.keys(replayed.headers ?? {}).filter((name) => name.startsWith('dl_'))).toEqual([]);
  }, 60_000);

  it.each([
    [['dead-letters', 'list', '--limit', '0'], 'expected a whole number from 1 to 10000'],
    [['dead-letters', 'replay', 'last'], 'expected an offset (a whole number)'],
  ])('refuses %j with a readable message', async (args, message) => {
    await expect(hyeopchi(...args)).rejects.toThrow(message);
  });

  it('needs KAFKA_BROKERS', async () => {
    delete process.env.KAFKA_BROKERS;
    await expect(hyeopchi('dead-letters', 'list')).rejects.toThrow(/set KAFKA_BROKERS/);
  });

  const firstMessageOf = async (topic: string): Promise<KafkaMessage> => {
    const consumer = kafka.consumer({ groupId: `${namespace}.check` });
    const seen: KafkaMessage[] = [];
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      await consumer.run({ eachMessage: async ({ message }) => void seen.push(message) });
      return await eventually(() => {
        expect(seen).toHaveLength(1);
        return seen[0];
      }, 30_000);
    } finally {
      await consumer.disconnect();
    }
  };
});
