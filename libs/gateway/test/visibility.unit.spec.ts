import { ReadModelChange } from '@hyeopchi/gateway-kit';
import { EntityManager } from 'typeorm';
import { LOOK_AGAIN_MS, waitUntilVisible } from '../src/commands/visibility';

/** Read models whose projected version of every stream is `projected`, counting how often they are asked. */
function readModelsAt(projected: { version: number }) {
  const asked = { times: 0 };
  const manager = {
    findOneBy: async () => {
      asked.times++;
      return { version: projected.version };
    },
  } as unknown as EntityManager;
  return { readModels: { manager }, asked };
}

function announcements() {
  const listeners = new Set<(change: ReadModelChange) => void>();
  return {
    onChange(heard: (change: ReadModelChange) => void) {
      listeners.add(heard);
      return () => void listeners.delete(heard);
    },
    announce(change: ReadModelChange) {
      for (const heard of listeners) heard(change);
    },
    get listening() {
      return listeners.size;
    },
  };
}

const stream = { context: 'civic', streamId: 'proposal-p-1', version: 3 };
const projected = (version: number, streamId = 'proposal-p-1'): ReadModelChange => ({
  kind: 'stream_projected',
  context: 'civic',
  streamId,
  version,
});
/** Lets the wait run up to its next pause, without moving the clock. */
const settle = () =>
  new Promise((resolve) => jest.requireActual<typeof import('timers')>('timers').setImmediate(resolve));

describe('waiting until the read models show a command', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('answers at once when the stream is projected already', async () => {
    const { readModels, asked } = readModelsAt({ version: 3 });
    const changes = announcements();
    expect(await waitUntilVisible(readModels, changes, stream, 5_000)).toBe(true);
    expect([asked.times, changes.listening]).toEqual([1, 0]);
  });

  it('answers on the announcement of the stream at its version, without waiting or asking again', async () => {
    const state = { version: 2 };
    const { readModels, asked } = readModelsAt(state);
    const changes = announcements();
    const visible = waitUntilVisible(readModels, changes, stream, 5_000);
    await settle();
    changes.announce(projected(3, 'proposal-other'));
    changes.announce(projected(2));
    await settle();
    expect(asked.times).toBe(1);
    changes.announce(projected(3));
    // the clock has not moved and the database still says 2: only the announcement can have answered
    expect(await visible).toBe(true);
    expect([asked.times, changes.listening]).toEqual([1, 0]);
  });

  it('looks again by itself when no announcement comes, and gives up at the deadline', async () => {
    const state = { version: 2 };
    const { readModels, asked } = readModelsAt(state);
    const changes = announcements();
    const visible = waitUntilVisible(readModels, changes, stream, 3 * LOOK_AGAIN_MS);
    for (let step = 0; step < 3; step++) {
      await settle();
      jest.advanceTimersByTime(LOOK_AGAIN_MS);
    }
    await settle();
    expect(await visible).toBe(false);
    expect([asked.times, changes.listening]).toEqual([4, 0]);
  });
});
