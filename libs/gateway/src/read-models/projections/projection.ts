import { EventEnvelope } from '@hyeopchi/messaging';
import { EntityManager } from 'typeorm';

/** How the read models change with one event, inside the projection's transaction. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- event data is typed by each event's own contract
export type Projection = (data: any, manager: EntityManager, event: EventEnvelope) => Promise<unknown>;

/** The projections of one context's events, by event type; types without one change no read model. */
export type Projections = Readonly<Record<string, Projection>>;
