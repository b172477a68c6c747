import { civicUpcasters } from '@hyeopchi/civic/domain';
import { committeeUpcasters } from '@hyeopchi/committee/domain';
import { CONTEXTS, Context } from '@hyeopchi/context-names';
import { departmentUpcasters } from '@hyeopchi/department/domain';
import { EventRevisions, EventUpcaster } from '@hyeopchi/domain-kernel';

/**
 * Every context's upcasters: how its events of earlier revisions read now. Pure, so that the services (through
 * `UpcastingEventStore`), the gateway and the offline verifier in a browser read the same history the same way.
 */
const UPCASTERS: Readonly<Record<Context, readonly EventUpcaster[]>> = {
  civic: civicUpcasters,
  department: departmentUpcasters,
  committee: committeeUpcasters,
  feedback: [],
};

const REVISIONS = new Map(CONTEXTS.map((context) => [context, new EventRevisions(UPCASTERS[context])]));
const NONE = new EventRevisions([]);

/** The revisions of a context's events (none for a log that is not a context's, such as a test's or a bench's). */
export function revisionsOf(context: string): EventRevisions {
  return REVISIONS.get(context as Context) ?? NONE;
}

/** The upcasters of every context, for what describes every revision (the event catalogue). */
export const ALL_UPCASTERS: readonly EventUpcaster[] = CONTEXTS.flatMap((context) => UPCASTERS[context]);
export * from './event-types';
