/** What the event browser holds of a service's log: the events read so far, and where the next read starts. */
export interface LogView<Event extends { eventId: string }> {
  events: Event[];
  cursor: string | null;
  /** Whether the last read came back short: everything readable then has been read. */
  complete: boolean;
}

export const EMPTY_LOG: LogView<never> = { events: [], cursor: null, complete: false };

/** The view with a page read from its cursor added; an event already held is not shown twice. */
export function withPage<Event extends { eventId: string }>(
  view: LogView<Event>,
  page: { events: Event[]; endCursor: string },
  asked: number,
): LogView<Event> {
  const held = new Set(view.events.map((event) => event.eventId));
  return {
    events: [...view.events, ...page.events.filter((event) => !held.has(event.eventId))],
    cursor: page.endCursor,
    complete: page.events.length < asked,
  };
}
