import { BackoffOptions } from '@hyeopchi/backoff';
import { CatchUpSubscription, EventStore } from '@hyeopchi/event-store';
import { Pool } from 'pg';
import { BusErrorListener, EventBus, EventSubscription, RunningSubscription } from './event-bus.port';
import { Inbox } from './inbox';
import { consumerLag } from './lag-metrics';

export interface InProcessEventBusOptions {
  /** The consumers' database, for their inboxes. */
  pool: Pool;
  /** Each context's event store, by context name. */
  stores: ReadonlyMap<string, EventStore>;
  batchSize?: number;
  pollIntervalMs?: number;
  backoff?: BackoffOptions;
  onError?: BusErrorListener;
}

/**
 * The standalone mode's bus: every subscription follows the owning stores' logs directly, with a durable
 * checkpoint per subscription and context. Nothing is held only in memory, so a crash loses nothing.
 */
export class InProcessEventBus implements EventBus {
  constructor(private readonly options: InProcessEventBusOptions) {}

  async subscribe(subscription: EventSubscription): Promise<RunningSubscription> {
    const stores = subscription.contexts.map((context) => {
      const store = this.options.stores.get(context);
      if (!store) throw new Error(`no event store for context "${context}" in this process`);
      return [context, store] as const;
    });
    const inbox = await Inbox.open(this.options.pool, subscription.schema);
    const followers = stores.map(([context, store]) =>
      CatchUpSubscription.start(store, {
        name: `bus:${subscription.name}`,
        batchSize: this.options.batchSize,
        pollIntervalMs: this.options.pollIntervalMs,
        backoff: this.options.backoff,
        onError: (error) => this.options.onError?.(error, `${subscription.name} on ${context}`),
        handle: (events) =>
          inbox.processAll(
            { ...subscription },
            events.map((event) => ({ ...event, context })),
          ),
      }),
    );
    const untrackLag = consumerLag.track(async () => {
      const positions = followers.map((follower) => follower.position);
      // until every follower has read its checkpoint, how far behind it is is not known yet
      if (positions.some((position) => position === undefined)) return [];
      const behind = await Promise.all(
        positions.map((position, index) => stores[index][1].countAfter(position!)),
      );
      return [
        { labels: { consumer: subscription.name }, value: behind.reduce((sum, count) => sum + count, 0) },
      ];
    });
    return {
      stop: async () => {
        untrackLag();
        await Promise.all(followers.map((follower) => follower.stop()));
      },
    };
  }
}
