import { AuditRecord } from '@hyeopchi/audit';
import { AuditEvent } from './audit.types';

/** A stored record as auditors read it: who did it and why, lifted out of its metadata. */
export function auditEventOf(record: AuditRecord, previousHash: string | null): AuditEvent {
  const text = (key: string) =>
    typeof record.metadata[key] === 'string' ? (record.metadata[key] as string) : null;
  return {
    ...record,
    actor: text('actor'),
    role: text('role'),
    correlationId: text('correlationId'),
    causationId: text('causationId'),
    previousHash,
  };
}
