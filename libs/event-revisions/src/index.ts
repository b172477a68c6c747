import { civicUpcasters } from '@hyeopchi/civic/contract';
import { committeeUpcasters } from '@hyeopchi/committee/contract';
import { departmentUpcasters } from '@hyeopchi/department/contract';
import { CONTEXTS, Context } from '@hyeopchi/context-names';
import { EventRevisions, EventUpcaster } from '@hyeopchi/domain-kernel';
import { EventStore, UpcastingEventStore } from '@hyeopchi/event-store';

/** Every context's upcasters: how its events of earlier revisions read now. */
const UPCASTERS: Readonly<Record<Context, readonly EventUpcaster[]>> = {
  civic: civicUpcasters,
  department: departmentUpcasters,
  committee: committeeUpcasters,
  feedback: [],
};

const REVISIONS = new Map(CONTEXTS.map((context) => [context, new EventRevisions(UPCASTERS[context])]));

/** The revisions of a context's events (none for a log that is not a context's, such as a test's or a bench's). */
export function revisionsOf(context: string): EventRevisions {
  return REVISIONS.get(context as Context) ?? new EventRevisions([]);
}

/** A context's log as its domain reads it: every event in its current revision. */
export function readingCurrentRevisions(context: string, store: EventStore): EventStore {
  return new UpcastingEventStore(store, revisionsOf(context));
}
