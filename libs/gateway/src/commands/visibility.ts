import { setTimeout as sleep } from 'node:timers/promises';
import { EntityManager } from 'typeorm';
import { projectedVersion } from '@hyeopchi/gateway-kit';

const POLL_INTERVAL_MS = 20;

/**
 * Waits until the read models show a stream at `version` (a mutation's own event), for at most `withinMs`.
 * It asks the database, not this process: with several gateways, another one may project that stream.
 */
export async function waitUntilVisible(
  readModels: { manager: EntityManager },
  { context, streamId, version }: { context: string; streamId: string; version: number },
  withinMs: number,
): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    if ((await projectedVersion(readModels.manager, context, streamId)) >= version) return true;
    if (Date.now() >= deadline) return false;
    await sleep(POLL_INTERVAL_MS);
  }
}
