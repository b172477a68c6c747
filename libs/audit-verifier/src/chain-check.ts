import { ExportedRecord } from '@hyeopchi/audit';
import { VerificationFailure } from './record-check';

/**
 * Each stream's hash chain, given that every line's own hash holds: versions follow one another from 1, and
 * each event names as its predecessor the hash of the event before it, and global positions grow along each
 * stream (a stream's next event is appended after its last one commits) and are unique in the log.
 */
export function chainCheck() {
  let streams = new Map<string, { version: number; position: number; hash: string }>();
  let positions = new Set<number>();
  let service = '';
  return {
    observe(recordService: string, record: ExportedRecord): VerificationFailure | undefined {
      if (recordService !== service) {
        service = recordService;
        streams = new Map();
        positions = new Set();
      }
      const previous = streams.get(record.streamId);
      const expectedVersion = (previous?.version ?? 0) + 1;
      if (record.streamVersion !== expectedVersion) {
        return {
          ...placeOf(service, record),
          reason:
            record.streamVersion > expectedVersion
              ? `version ${record.streamVersion} follows version ${expectedVersion - 1}: an event is missing`
              : `version ${record.streamVersion} comes again after version ${expectedVersion - 1}: events are out of order or duplicated`,
        };
      }
      if (record.previousHash !== (previous?.hash ?? null)) {
        return {
          ...placeOf(service, record),
          reason: "its previous hash is not the hash of the stream's previous event: the chain was broken",
        };
      }
      if (previous && record.globalPosition <= previous.position) {
        return {
          ...placeOf(service, record),
          reason: `global position ${record.globalPosition} does not follow the previous event's ${previous.position}`,
        };
      }
      if (positions.has(record.globalPosition)) {
        return {
          ...placeOf(service, record),
          reason: `global position ${record.globalPosition} is held by another event of the log`,
        };
      }
      positions.add(record.globalPosition);
      streams.set(record.streamId, {
        version: record.streamVersion,
        position: record.globalPosition,
        hash: record.hash,
      });
      return undefined;
    },
  };
}

const placeOf = (service: string, { streamId, streamVersion }: ExportedRecord) => ({
  service,
  streamId,
  streamVersion,
});
