import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHashWith, contentJsonOf, eventHashOf } from '@hyeopchi/audit/portable';
import { NODE_VECTORS } from './vectors';
import { webCrypto } from './web-crypto';

describe("an event's hashes, computed in the browser as the platform computes them", () => {
  it('writes canonical JSON as the Node implementation does', () => {
    for (const { value, json } of NODE_VECTORS.canonicalJson) expect(canonicalJson(value)).toBe(json);
  });

  it('gives the content record, its hash and the chained event hash of each vector, byte for byte', async () => {
    for (const event of NODE_VECTORS.events) {
      expect(contentJsonOf(event)).toBe(event.contentJson);
      expect(await contentHashWith(webCrypto, event)).toBe(event.contentHash);
      expect(await eventHashOf(webCrypto, event, event.previousHash)).toBe(event.hash);
    }
  });

  it('gives another hash when any covered field or the previous hash differs', async () => {
    const event = NODE_VECTORS.events[1];
    const variants = [
      { ...event, data: { ...event.data, vote: 'against' } },
      { ...event, metadata: { ...event.metadata, role: 'committee_chair' } },
      { ...event, globalPosition: event.globalPosition + 1 },
      { ...event, streamVersion: 3 },
      { ...event, recordedAt: event.recordedAt.replace('381Z', '382Z') },
      { ...event, schemaVersion: 2 },
    ];
    for (const variant of variants)
      expect(await eventHashOf(webCrypto, variant, event.previousHash)).not.toBe(event.hash);
    expect(await eventHashOf(webCrypto, event, NODE_VECTORS.events[2].hash)).not.toBe(event.hash);
  });
});
