import { contentHashOf, eventHashOf } from './event-hash';
import { AuditRecord, chainLinkOf, contentOf } from './portable';

/** The hash (hex) the record should carry, given the previous event's hash (hex) in its stream, null for the first. */
export function expectedEventHashHex(record: Omit<AuditRecord, 'hash'>, previousHash: string | null): string {
  return eventHashOf(chainLinkOf(record, contentHashOf(contentOf(record)), previousHash));
}

/** The same, as bytes. */
export function expectedEventHash(record: Omit<AuditRecord, 'hash'>, previousHash: Buffer | null): Buffer {
  return Buffer.from(expectedEventHashHex(record, previousHash?.toString('hex') ?? null), 'hex');
}
