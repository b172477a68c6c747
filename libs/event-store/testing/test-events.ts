import { EventToAppend, RecordedEvent } from '@hyeopchi/event-store';
import { randomUUID } from 'node:crypto';

export function event(type = 'test.happened.v1', data: unknown = { at: Math.random() }): EventToAppend {
  return { eventId: randomUUID(), type, data };
}

export function types(events: RecordedEvent[]): string[] {
  return events.map((e) => e.type);
}

export function versions(events: RecordedEvent[]): number[] {
  return events.map((e) => e.streamVersion);
}
