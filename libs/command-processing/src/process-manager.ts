import { Migration } from '@hyeopchi/postgres';
import { EventEnvelope } from '@hyeopchi/messaging';
import { PoolClient } from 'pg';
import { CommandRoute } from './command-route';

/** A command a process manager or a scheduled task issues to its own service. */
export interface Reaction {
  type: string;
  data: Record<string, unknown>;
  /**
   * What the command is about, when that is not the event alone (an item that waited in a table and may be acted on
   * by one event or another): its id derives from the manager and this key rather than from the event.
   */
  key?: string;
}

/**
 * Turns other services' (or its own service's) events into commands of its service. It may keep a little state of
 * its own in its service's schema, written with `tx`, the transaction that also records the event as processed.
 * It must be deterministic for a given event: a redelivered event gives the same commands, with the same ids.
 */
export interface ProcessManager {
  /** Stable: names its consumer group, its checkpoints, its inbox rows and its commands' ids. */
  name: string;
  /** The service it acts for: its commands go there, its state and inbox live in that schema. */
  context: string;
  listensTo: string[];
  migrations?: readonly Migration[];
  react(event: EventEnvelope, tx: PoolClient): Promise<Reaction[]>;
}

/** Work found by time rather than by an event: e.g. reviews past their due date. */
export interface ScheduledTask {
  /** Stable: its commands' ids derive from it. */
  name: string;
  everyMs: number;
  /** What is due at `now`; each reaction's `key` makes its command id, so a repeated find acts once. */
  due(tx: PoolClient, now: Date): Promise<(Reaction & { key: string })[]>;
}

/** One service as the runtime runs it: its command routes, its process managers, its scheduled tasks. */
export interface ServiceDefinition {
  context: string;
  routes: readonly CommandRoute[];
  processManagers: readonly ProcessManager[];
  scheduledTasks: readonly ScheduledTask[];
}
