import { stateOf, CommandRoute } from '@hyeopchi/command-processing';
import { AsOf, RecordedEvent } from '@hyeopchi/event-store';
import { ALL_COMMAND_ROUTES } from '@hyeopchi/platform';
import { ServiceLog } from './audit-logs';
import { StreamState } from './audit.types';

/**
 * The route, and so the aggregate and its decider, whose streams include this one: the services name every
 * stream from command data that its first event records (`proposal-<proposalId>`, `feedback-<target>-<targetId>`),
 * so the route that names it again from that event is its owner.
 */
export function routeOfStream(
  service: string,
  streamId: string,
  first: RecordedEvent,
): CommandRoute | undefined {
  return ALL_COMMAND_ROUTES.find(
    (route) =>
      route.context === service && route.streamId((first.data ?? {}) as Record<string, unknown>) === streamId,
  );
}

/** The stream as it stood at a moment, folded by its aggregate's own decider, as command handling folds it. */
export async function streamStateAsOf(
  log: ServiceLog & { first: RecordedEvent },
  streamId: string,
  asOf: AsOf,
): Promise<StreamState> {
  const route = routeOfStream(log.service, streamId, log.first);
  if (!route) throw new Error(`no aggregate of ${log.service} folds stream ${streamId}`);
  const events = await log.store.readStreamAsOf(streamId, asOf);
  const last = events.at(-1);
  return {
    streamId,
    service: log.service,
    aggregate: route.aggregate,
    version: last?.streamVersion ?? 0,
    globalPosition: last?.globalPosition ?? null,
    state: stateOf(route.decider, events),
  };
}
