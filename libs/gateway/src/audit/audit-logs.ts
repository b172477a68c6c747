import { AuditRecord } from '@hyeopchi/audit';
import { CONTEXTS } from '@hyeopchi/context-names';
import {
  AuditLog,
  EventStore,
  EventStoreError,
  PostgresEventStore,
  RecordedEvent,
  UpcastingEventStore,
} from '@hyeopchi/event-store';
import { revisionsOf } from '@hyeopchi/event-revisions';
import { Pool } from 'pg';
import { badInput } from '@hyeopchi/gateway-kit';

/** One service's log, read two ways: as auditors see it (hashes, checkpoints) and as its aggregates fold it. */
export interface ServiceLog {
  service: string;
  audit: AuditLog;
  store: EventStore;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every service's log, read from the shared database: the gateway reads them in both modes (in the services'
 * process or its own), whether or not its process owns any of them. A stream or an event is found by asking
 * each log, so no naming rule is assumed here.
 */
export class AuditLogs {
  private constructor(private readonly logs: ReadonlyMap<string, ServiceLog>) {}

  static async open(pool: Pool): Promise<AuditLogs> {
    const logs = await Promise.all(
      CONTEXTS.map(async (service) => ({
        service,
        audit: await AuditLog.open(pool, service),
        store: new UpcastingEventStore(await PostgresEventStore.open(pool, service), revisionsOf(service)),
      })),
    );
    return new AuditLogs(new Map(logs.map((log) => [log.service, log])));
  }

  of(service: string): ServiceLog {
    const log = this.logs.get(service);
    if (!log) throw badInput(`no service ${JSON.stringify(service)}: expected one of ${CONTEXTS.join(', ')}`);
    return log;
  }

  /** The log holding the stream, and the stream's first event. */
  async ofStream(streamId: string): Promise<ServiceLog & { first: RecordedEvent }> {
    const found = await Promise.all(
      [...this.logs.values()].map(async (log) => {
        const [first] = await log.store.readStream(streamId, { maxCount: 1 }).catch(streamIdRefused);
        return first && { ...log, first };
      }),
    );
    const owner = found.find((log) => log !== undefined);
    if (!owner) throw badInput(`no stream ${JSON.stringify(streamId)} in any service's log`);
    return owner;
  }

  /** The log holding the event, and its record. */
  async ofEvent(eventId: string): Promise<ServiceLog & { record: AuditRecord }> {
    if (!UUID.test(eventId)) throw badInput(`eventId ${JSON.stringify(eventId)} is not a UUID`);
    const found = await Promise.all(
      [...this.logs.values()].map(async (log) => {
        const record = await log.audit.eventRecord(eventId);
        return record && { ...log, record };
      }),
    );
    const owner = found.find((log) => log !== undefined);
    if (!owner) throw badInput(`no event ${eventId} in any service's log`);
    return owner;
  }
}

function streamIdRefused(error: unknown): never {
  if (error instanceof EventStoreError && error.code === 'STREAM_ID_INVALID') throw badInput(error.message);
  throw error;
}
