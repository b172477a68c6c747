import { AuditRecord, expectedEventHash } from '@hyeopchi/audit';
import { RecordCheck, VerificationFailure } from './record-check';

/**
 * Each stream's hash chain: versions follow one another from 1, and each event's hash is the one its content,
 * place, time and predecessor give. A global position or event id seen twice in a log is a forgery too.
 */
export function chainCheck(): RecordCheck {
  const streams = new Map<string, { version: number; hash: Buffer }>();
  const positions = new Set<number>();
  const eventIds = new Set<string>();
  let service = '';
  return {
    observe(recordService: string, record: AuditRecord): VerificationFailure | undefined {
      if (recordService !== service) {
        service = recordService;
        positions.clear();
      }
      const at = { service, streamId: record.streamId, streamVersion: record.streamVersion };
      const previous = streams.get(`${service}\u0000${record.streamId}`);
      const expectedVersion = (previous?.version ?? 0) + 1;
      if (record.streamVersion !== expectedVersion) {
        return {
          ...at,
          reason:
            record.streamVersion > expectedVersion
              ? `version ${record.streamVersion} follows version ${expectedVersion - 1}: an event is missing`
              : `version ${record.streamVersion} comes again after version ${expectedVersion - 1}: events are out of order or duplicated`,
        };
      }
      if (positions.has(record.globalPosition)) {
        return { ...at, reason: `global position ${record.globalPosition} is used twice` };
      }
      if (eventIds.has(record.eventId)) return { ...at, reason: `event id ${record.eventId} is used twice` };
      const hash = expectedEventHash(record, previous?.hash ?? null);
      if (hash.toString('hex') !== record.hash) {
        return {
          ...at,
          reason:
            'the hash does not match the event: its content, place or time was changed, or its predecessor was',
        };
      }
      positions.add(record.globalPosition);
      eventIds.add(record.eventId);
      streams.set(`${service}\u0000${record.streamId}`, { version: record.streamVersion, hash });
      return undefined;
    },
    finish: () => undefined,
  };
}
