import { describe, expect, it } from 'vitest';
import { EMPTY_LOG, withPage } from './log-view';

const event = (eventId: string) => ({ eventId });

describe("the event browser's view of a log", () => {
  it('adds each page at the end and moves its cursor on', () => {
    const first = withPage(EMPTY_LOG, { events: [event('a'), event('b')], endCursor: '7.2' }, 2);
    expect(first).toEqual({ events: [event('a'), event('b')], cursor: '7.2', complete: false });
    const second = withPage(first, { events: [event('c')], endCursor: '9.3' }, 2);
    expect(second).toEqual({ events: [event('a'), event('b'), event('c')], cursor: '9.3', complete: true });
  });

  it('is complete when a page comes back short, even empty, and does not show an event twice', () => {
    const view = withPage(EMPTY_LOG, { events: [event('a')], endCursor: '7.1' }, 50);
    expect(withPage(view, { events: [], endCursor: '7.1' }, 50)).toEqual(view);
    expect(withPage(view, { events: [event('a'), event('b')], endCursor: '8.2' }, 50).events).toEqual([
      event('a'),
      event('b'),
    ]);
  });
});
