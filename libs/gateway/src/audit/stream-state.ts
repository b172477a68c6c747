import { stateOf } from '@hyeopchi/command-processing';
import { AggregateContract } from '@hyeopchi/contract-kit';
import { AsOf, RecordedEvent } from '@hyeopchi/event-store';
import { AGGREGATES } from '../contexts';
import { ServiceLog } from './audit-logs';
import { StreamState } from './audit.types';

/**
 * The aggregate, and so its decider, whose streams include this one: the contracts name every stream from
 * command data that its first event records (`proposal-<proposalId>`, `feedback-<target>-<targetId>`), so the
 * aggregate that names it again from that event is its owner.
 */
export function aggregateOfStream(
  service: string,
  streamId: string,
  first: RecordedEvent,
): AggregateContract | undefined {
  return AGGREGATES.find(
    (aggregate) =>
      aggregate.context === service &&
      aggregate.streamId((first.data ?? {}) as Record<string, unknown>) === streamId,
  );
}

/** The stream as it stood at a moment, folded by its aggregate's own decider, as command handling folds it. */
export async function streamStateAsOf(
  log: ServiceLog & { first: RecordedEvent },
  streamId: string,
  asOf: AsOf,
): Promise<StreamState> {
  const aggregate = aggregateOfStream(log.service, streamId, log.first);
  if (!aggregate) throw new Error(`no aggregate of ${log.service} folds stream ${streamId}`);
  const events = await log.store.readStreamAsOf(streamId, asOf);
  const last = events.at(-1);
  return {
    streamId,
    service: log.service,
    aggregate: aggregate.name,
    version: last?.streamVersion ?? 0,
    globalPosition: last?.globalPosition ?? null,
    state: stateOf(aggregate.decider, events),
  };
}
