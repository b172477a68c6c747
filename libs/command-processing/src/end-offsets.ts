import { Admin } from 'kafkajs';

/**
 * Each partition's end (the offset its next message gets). A topic created a moment ago can have leaders in the
 * metadata before its leader answers for offsets: that refusal is waited out, up to `withinMs`.
 */
export async function endOffsetsOf(
  admin: Admin,
  topic: string,
  withinMs = 10_000,
): Promise<{ partition: number; offset: string }[]> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    try {
      const ends = await admin.fetchTopicOffsets(topic);
      return ends.map(({ partition, high }) => ({ partition, offset: high }));
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
