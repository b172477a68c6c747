import { EntityManager } from 'typeorm';
import { ReadModelChangeListener, projectedVersion } from '@hyeopchi/gateway-kit';

/**
 * How often a wait looks at the read models itself while it hears nothing: announcements are lost while the
 * listener reconnects.
 */
export const LOOK_AGAIN_MS = 250;

/**
 * Waits until the read models show a stream at `version` (a mutation's own event), for at most `withinMs`. An
 * announcement that a projection reached it (`stream_projected`, sent on the projection's commit by whichever
 * gateway projected it) ends the wait at once, with no query; it asks the database before it waits and every
 * `LOOK_AGAIN_MS`, so no announcement is needed for the answer to be right.
 */
export async function waitUntilVisible(
  readModels: { manager: EntityManager },
  changes: Pick<ReadModelChangeListener, 'onChange'>,
  { context, streamId, version }: { context: string; streamId: string; version: number },
  withinMs: number,
): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  let wake: () => void = () => undefined;
  const stopListening = changes.onChange((change) => {
    if (
      change.kind === 'stream_projected' &&
      change.context === context &&
      change.streamId === streamId &&
      change.version >= version
    ) {
      wake();
    }
  });
  try {
    for (;;) {
      // listening first, then looking: an announcement between the two wakes the wait below at once
      const announced = new Promise<boolean>((resolve) => (wake = () => resolve(true)));
      if ((await projectedVersion(readModels.manager, context, streamId)) >= version) return true;
      const left = deadline - Date.now();
      if (left <= 0) return false;
      let timer: NodeJS.Timeout | undefined;
      const lookAgain = new Promise<boolean>(
        (resolve) => (timer = setTimeout(() => resolve(false), Math.min(LOOK_AGAIN_MS, left))),
      );
      const heard = await Promise.race([announced, lookAgain]);
      clearTimeout(timer);
      if (heard) return true;
    }
  } finally {
    stopListening();
  }
}
