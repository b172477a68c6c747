import { Admin, Kafka } from 'kafkajs';

/**
 * The end offsets of partitions, asked of the broker while a retry in place holds one: the fetch that would tell
 * does not happen until the retry ends, and the lag must keep growing meanwhile for the lag alert to see it.
 * Connected on first use.
 */
export class PartitionEnds {
  private admin: Promise<Admin> | undefined;

  constructor(private readonly kafka: Kafka) {}

  async of(topic: string, partition: number): Promise<number> {
    const offsets = await (await this.connected()).fetchTopicOffsets(topic);
    const end = offsets.find((offset) => offset.partition === partition);
    if (!end) throw new Error(`${topic} has no partition ${partition}`);
    return Number(end.high);
  }

  async close(): Promise<void> {
    const admin = await this.admin?.catch(() => undefined);
    this.admin = undefined;
    await admin?.disconnect().catch(() => undefined);
  }

  private connected(): Promise<Admin> {
    this.admin ??= (async () => {
      const admin = this.kafka.admin();
      await admin.connect();
      return admin;
    })().catch((error: unknown) => {
      this.admin = undefined;
      throw error;
    });
    return this.admin;
  }
}
