import { Message, Producer } from 'kafkajs';

interface Queued {
  topic: string;
  message: Message;
  sent(): void;
  failed(error: unknown): void;
}

/**
 * Sends messages in batches: what arrives while one batch is on its way leaves together in the next, so a busy
 * process makes few large produce requests and an idle one adds no delay of its own. Each `send` resolves once the
 * broker has acknowledged its message.
 */
export class LingeringProducer {
  private queued: Queued[] = [];
  private inFlight: Promise<void> | undefined;

  constructor(private readonly producer: Producer) {}

  send(topic: string, message: Message): Promise<void> {
    return new Promise((sent, failed) => {
      this.queued.push({ topic, message, sent, failed });
      // a batch waits at least until this turn of the event loop ends: messages queued in it go together
      if (!this.inFlight)
        this.inFlight = new Promise((turnEnded) => setImmediate(turnEnded)).then(() => this.flush());
    });
  }

  /** Sends what is queued, then returns the producer's connection. */
  async close(): Promise<void> {
    while (this.inFlight) await this.inFlight;
    await this.producer.disconnect();
  }

  private async flush(): Promise<void> {
    const batch = this.queued;
    this.queued = [];
    try {
      await this.producer.sendBatch({ topicMessages: byTopic(batch) });
      for (const queued of batch) queued.sent();
    } catch (error) {
      for (const queued of batch) queued.failed(error);
    }
    this.inFlight = this.queued.length > 0 ? this.flush() : undefined;
  }
}

function byTopic(batch: readonly Queued[]): { topic: string; messages: Message[] }[] {
  const topics = new Map<string, Message[]>();
  for (const { topic, message } of batch) {
    const messages = topics.get(topic) ?? [];
    messages.push(message);
    topics.set(topic, messages);
  }
  return [...topics].map(([topic, messages]) => ({ topic, messages }));
}
