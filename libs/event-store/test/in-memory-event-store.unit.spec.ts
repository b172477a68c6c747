import { BEGINNING_OF_LOG, InMemoryEventStore } from '@hyeopchi/event-store';
import { describeEventStorePortConformance, event } from '@hyeopchi/event-store/testing';

describeEventStorePortConformance('in memory', async () => {
  const store = new InMemoryEventStore();
  return { store, countEvents: () => store.countAfter(BEGINNING_OF_LOG) };
});

describe('InMemoryEventStore', () => {
  it('records the time its clock gives, so that a test can read a stream as of a moment', async () => {
    let now = new Date('2026-11-27T09:00:00.000Z');
    const store = new InMemoryEventStore({ now: () => now });
    await store.appendToStream('decision-1', [event('decision.recorded.v1')]);
    now = new Date('2026-11-27T10:00:00.000Z');
    await store.appendToStream('decision-1', [event('decision.superseded.v1')]);

    const [first, second] = await store.readStream('decision-1');
    expect([first.recordedAt, second.recordedAt]).toEqual([
      new Date('2026-11-27T09:00:00.000Z'),
      new Date('2026-11-27T10:00:00.000Z'),
    ]);
    const asOf = await store.readStreamAsOf('decision-1', { time: new Date('2026-11-27T09:59:59.999Z') });
    expect(asOf.map((e) => e.type)).toEqual(['decision.recorded.v1']);
  });

  it('hands out copies: changing what was read does not change the log', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('s', [event('test.happened.v1', { title: 'A' })]);
    const [read] = await store.readStream('s');
    (read.data as { title: string }).title = 'B';
    read.recordedAt.setFullYear(2000);

    const [again] = await store.readStream('s');
    expect(again.data).toEqual({ title: 'A' });
    expect(again.recordedAt.getFullYear()).not.toBe(2000);
  });
});
