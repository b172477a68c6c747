import { counter } from '@hyeopchi/observability';
import { IHeaders, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { DEFAULT_TOPIC_NAMESPACE } from './envelope';
import { ensureTopicsNamed } from './kafka';
import { PoisonEventError, PoisonReason } from './poison';

/**
 * One dead-letter topic per namespace, of one partition: a dead letter is named by its offset alone, and the
 * operators' list reads in the order they arrived. Kept until deleted (retention -1), like the event topics.
 */
export function deadLetterTopicOf(namespace = DEFAULT_TOPIC_NAMESPACE): string {
  return `${namespace}.dead-letters`;
}

/** The headers a dead letter carries besides the original message's own (key, value, headers unchanged). */
export const DEAD_LETTER_HEADERS = {
  reason: 'dl_reason',
  error: 'dl_error',
  topic: 'dl_topic',
  partition: 'dl_partition',
  offset: 'dl_offset',
  consumer: 'dl_consumer',
  time: 'dl_time',
} as const;

const deadLetters = counter({
  name: 'hyeopchi_dead_letters_total',
  help: 'Messages a consumer could never apply (poison), sent to the dead-letter topic; any increase needs an operator',
  labelNames: ['consumer', 'reason'] as const,
});

/** A poison message, where it was read, and who gave up on it. */
export interface DeadLetter {
  consumer: string;
  topic: string;
  partition: number;
  message: Pick<KafkaMessage, 'key' | 'value' | 'headers' | 'offset'>;
  poison: PoisonEventError;
}

/** What an operator reads of a dead letter: its log line, and a line of `hyeopchi dead-letters list`. */
export interface DeadLetterNotice {
  consumer: string;
  reason: PoisonReason;
  error: string;
  topic: string;
  partition: number;
  offset: string;
  /** The CloudEvent's id and type when its headers carry them, even if the rest did not decode. */
  eventId?: string;
  eventType?: string;
}

export function noticeOf({ consumer, topic, partition, message, poison }: DeadLetter): DeadLetterNotice {
  return {
    consumer,
    reason: poison.reason,
    error: poison.message,
    topic,
    partition,
    offset: message.offset,
    eventId: headerText(message.headers, 'ce_id'),
    eventType: headerText(message.headers, 'ce_type'),
  };
}

export function describeDeadLetter(notice: DeadLetterNotice): string {
  const event =
    notice.eventType || notice.eventId ? ` (${notice.eventType ?? '?'} ${notice.eventId ?? '?'})` : '';
  return `dead letter from ${notice.consumer}: ${notice.topic}/${notice.partition} offset ${notice.offset}${event}: ${notice.reason}: ${notice.error}`;
}

export function headerText(headers: IHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  return (Array.isArray(value) ? value[0] : value)?.toString();
}

/** The dead-letter topic's producer: idempotent, acknowledged by every replica, connected on the first letter. */
export class DeadLetterTopic {
  readonly topic: string;
  private producer: Promise<Producer> | undefined;

  constructor(
    private readonly kafka: Kafka,
    namespace?: string,
  ) {
    this.topic = deadLetterTopicOf(namespace);
  }

  ensure(): Promise<void> {
    return ensureTopicsNamed(this.kafka, [this.topic], 1, [{ name: 'retention.ms', value: '-1' }]);
  }

  /**
   * Publishes the letter once the broker has it, and only then counts it: throws otherwise, and the caller must
   * not move past the message (retry), so that nothing is dropped on the way to the dead-letter topic.
   */
  async send(letter: DeadLetter, at: Date): Promise<void> {
    const { message, poison } = letter;
    const producer = await this.connected();
    try {
      await producer.send({
        topic: this.topic,
        acks: -1,
        messages: [
          {
            key: message.key,
            value: message.value,
            headers: {
              ...message.headers,
              [DEAD_LETTER_HEADERS.reason]: poison.reason,
              [DEAD_LETTER_HEADERS.error]: poison.message,
              [DEAD_LETTER_HEADERS.topic]: letter.topic,
              [DEAD_LETTER_HEADERS.partition]: String(letter.partition),
              [DEAD_LETTER_HEADERS.offset]: message.offset,
              [DEAD_LETTER_HEADERS.consumer]: letter.consumer,
              [DEAD_LETTER_HEADERS.time]: at.toISOString(),
            },
          },
        ],
      });
    } catch (error) {
      // a refused send can leave the idempotent producer's sequence behind the broker's: start the next afresh
      await this.close();
      throw error;
    }
    deadLetters.inc({ consumer: letter.consumer, reason: poison.reason });
  }

  async close(): Promise<void> {
    const producer = await this.producer?.catch(() => undefined);
    this.producer = undefined;
    await producer?.disconnect().catch(() => undefined);
  }

  private connected(): Promise<Producer> {
    this.producer ??= (async () => {
      const producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
      await producer.connect();
      return producer;
    })().catch((error: unknown) => {
      this.producer = undefined;
      throw error;
    });
    return this.producer;
  }
}
