import { loadConfiguration } from '@hyeopchi/config';
import {
  StoredDeadLetter,
  createKafka,
  deadLetterTopicOf,
  readDeadLetters,
  replayDeadLetter,
} from '@hyeopchi/messaging';
import { Command, InvalidArgumentError } from 'commander';
import { Kafka } from 'kafkajs';

const MAX_LISTED = 10_000;

/** `npx hyeopchi dead-letters list|replay`: the messages consumers could never apply (KAFKA_BROKERS). */
export function deadLettersCommand(): Command {
  const deadLetters = new Command('dead-letters').description(
    'messages consumers could never apply, kept on <namespace>.dead-letters',
  );
  deadLetters
    .command('list')
    .description('print the dead letters, oldest first: offset, time, consumer, reason, source, event, error')
    .option('--from <offset>', 'the first dead-letter offset to print', kafkaOffset)
    .option('--limit <count>', `print at most this many (up to ${MAX_LISTED})`, listLimit, 100)
    .action(({ from, limit }: { from?: string; limit: number }) =>
      withKafka(async (kafka, namespace) => {
        const letters = await readDeadLetters(kafka, namespace, { from, limit });
        console.log(`${letters.length} dead letter(s) on ${deadLetterTopicOf(namespace)}`);
        letters.forEach((letter) => console.log(deadLetterLine(letter)));
      }),
    );
  deadLetters
    .command('replay')
    .description('publish a dead letter again to the topic it came from, after the fix that lets it apply')
    .argument('<offset>', 'its offset on the dead-letter topic (the first column of `list`)', kafkaOffset)
    .action((offset: string) =>
      withKafka(async (kafka, namespace) => {
        const replayed = await replayDeadLetter(kafka, namespace, offset);
        console.log(
          `replayed dead letter ${offset} (${replayed.letter.reason}) to ${replayed.topic}/${replayed.partition} at offset ${replayed.offset}`,
        );
      }),
    );
  return deadLetters;
}

export function deadLetterLine(letter: StoredDeadLetter): string {
  const event = `${letter.eventType ?? '-'} ${letter.eventId ?? '-'}`;
  return [
    letter.deadLetterOffset,
    letter.time,
    letter.consumer,
    letter.reason,
    `${letter.topic}/${letter.partition}@${letter.offset}`,
    event,
    letter.error,
  ].join('  ');
}

async function withKafka(work: (kafka: Kafka, namespace: string) => Promise<void>): Promise<void> {
  const config = loadConfiguration(process.env);
  if (!config.KAFKA_BROKERS)
    throw new Error('dead letters are on Kafka: set KAFKA_BROKERS (host:port[,host:port...])');
  await work(
    createKafka({ brokers: config.KAFKA_BROKERS, clientId: `${config.KAFKA_CLIENT_ID}-dead-letters` }),
    config.KAFKA_TOPIC_NAMESPACE,
  );
}

function kafkaOffset(value: string): string {
  if (!/^\d{1,18}$/.test(value)) throw new InvalidArgumentError('expected an offset (a whole number)');
  return value;
}

function listLimit(value: string): number {
  const limit = Number(value);
  if (!/^\d+$/.test(value) || limit < 1 || limit > MAX_LISTED) {
    throw new InvalidArgumentError(`expected a whole number from 1 to ${MAX_LISTED}`);
  }
  return limit;
}
