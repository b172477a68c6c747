import { createHash } from 'node:crypto';

/**
 * An RFC 9562 version 5 (name-based, SHA-1) UUID in the URL namespace: the same name always gives the same id,
 * so a command derived from an event has the same id however often the event is delivered.
 */
export function nameBasedUuid(name: string): string {
  const urlNamespace = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const hash = createHash('sha1').update(urlNamespace).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
