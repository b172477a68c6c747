import { ExportedRecord } from '@hyeopchi/audit';
import { VerificationFailure } from './record-check';

/**
 * Each stream's hash chain, given that every line's own hash holds: versions follow one another from 1, and
 * each event names as its predecessor the hash of the event before it. A global position seen twice in a log
 * is a forgery too.
 */
export function chainCheck() {
  let streams = new Map<string, { version: number; hash: string }>();
  let positions = new Set<number>();
  let service = '';
  return {
    observe(recordService: string, record: ExportedRecord): VerificationFailure | undefined {
      if (recordService !== service) {
        service = recordService;
        streams = new Map();
        positions = new Set();
      }
      const at = { service, streamId: record.streamId, streamVersion: record.streamVersion };
      const previous = streams.get(record.streamId);
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
      if (record.previousHash !== (previous?.hash ?? null)) {
        return {
          ...at,
          reason: "its previous hash is not the hash of the stream's previous event: the chain was broken",
        };
      }
      if (positions.has(record.globalPosition)) {
        return { ...at, reason: `global position ${record.globalPosition} is used twice` };
      }
      positions.add(record.globalPosition);
      streams.set(record.streamId, { version: record.streamVersion, hash: record.hash });
      return undefined;
    },
  };
}
