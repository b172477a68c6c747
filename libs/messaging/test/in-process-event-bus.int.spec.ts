import { BEGINNING_OF_LOG } from '@hyeopchi/event-store';
import { InProcessEventBus } from '@hyeopchi/messaging';
import { FAST_RETRY, describeEventBusConformance } from '@hyeopchi/messaging/testing';
import { testDatabaseUrl, testPool } from '@hyeopchi/testing';

/**
 * Twice: looking at the logs every 10 ms, and never within a test (a minute), where only the appends of the process's
 * own stores wake the followers, as they do in standalone mode between its long polls.
 */
describe.each([
  ['looking every 10 ms', 10],
  ['woken by its own appends only', 60_000],
])('in-process (standalone mode), %s', (_polling, pollIntervalMs) =>
  describeEventBusConformance('in-process', async () => {
    const pool = testPool(testDatabaseUrl());
    return {
      pool,
      busOver: async (stores) => ({
        bus: new InProcessEventBus({ pool, stores, pollIntervalMs, backoff: FAST_RETRY }),
        redeliverFromStart: async (name, contexts) => {
          for (const context of contexts)
            await stores.get(context)!.storeCheckpoint(`bus:${name}`, BEGINNING_OF_LOG);
        },
        stop: async () => undefined,
      }),
      teardown: () => pool.end(),
    };
  }),
);
