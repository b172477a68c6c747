import { BEGINNING_OF_LOG } from '@hyeopchi/event-store';
import { InProcessEventBus } from '@hyeopchi/messaging';
import { FAST_RETRY, describeEventBusConformance } from '@hyeopchi/messaging/testing';
import { testDatabaseUrl, testPool } from '@hyeopchi/testing';

describeEventBusConformance('in-process (standalone mode)', async () => {
  const pool = testPool(testDatabaseUrl());
  return {
    pool,
    busOver: async (stores) => ({
      bus: new InProcessEventBus({ pool, stores, pollIntervalMs: 10, backoff: FAST_RETRY }),
      redeliverFromStart: async (name, contexts) => {
        for (const context of contexts)
          await stores.get(context)!.storeCheckpoint(`bus:${name}`, BEGINNING_OF_LOG);
      },
      stop: async () => undefined,
    }),
    teardown: () => pool.end(),
  };
});
