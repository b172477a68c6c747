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

/**
 * Whether `id` is a name-based UUID (version 3 or 5): the space of ids the platform derives for its own commands,
 * which anyone who knows the name can compute.
 */
export function isNameBasedUuid(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[35][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(id);
}
