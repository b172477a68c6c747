import { AuditRecord } from '@hyeopchi/audit';

/** Why an export does not verify: where, and what is wrong, in words. */
export interface VerificationFailure {
  service: string;
  streamId?: string;
  streamVersion?: number;
  reason: string;
}

/**
 * A check that reads an export's records one by one, in tree order per service, and says what does not hold.
 * `observe` may return a failure at once; `finish` reports what only the whole history shows.
 */
export interface RecordCheck {
  observe(service: string, record: AuditRecord): VerificationFailure | undefined;
  finish(): VerificationFailure | undefined;
}
