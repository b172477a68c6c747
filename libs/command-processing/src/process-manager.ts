import { CommandContract, DataOf } from '@hyeopchi/contract-kit';
import { DomainEvent } from '@hyeopchi/domain-kernel';
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
 * The command `contract` names, with data its schema accepts (checked at compile time, validated again on receipt);
 * with a `key`, its id derives from the key rather than from the event.
 */
export function reaction<Contract extends CommandContract>(
  contract: Contract,
  data: DataOf<Contract>,
): Reaction;
export function reaction<Contract extends CommandContract>(
  contract: Contract,
  data: DataOf<Contract>,
  key: string,
): Reaction & { key: string };
export function reaction<Contract extends CommandContract>(
  contract: Contract,
  data: DataOf<Contract>,
  key?: string,
): Reaction {
  return key === undefined ? { type: contract.type, data } : { type: contract.type, data, key };
}

/** What a process manager does on each event type it reacts to, given that event's data as its contract types it. */
export type ReactionsTo<Event extends DomainEvent> = {
  readonly [Type in Event['type']]?: (
    data: Extract<Event, { type: Type }>['data'],
    event: EventEnvelope,
    tx: PoolClient,
  ) => Promise<Reaction[]> | Reaction[];
};

/**
 * A process manager's `reactsTo` and `react`, from its reactions by event type: `react` hands each event to its
 * type's reaction, and other types never reach it.
 */
export function reactingTo<Event extends DomainEvent>(
  reactions: ReactionsTo<Event>,
): Pick<ProcessManager, 'reactsTo' | 'react'> {
  return {
    reactsTo: new Set(Object.keys(reactions)),
    react: async (event, tx) => {
      const react = Object.hasOwn(reactions, event.type) ? reactions[event.type as Event['type']] : undefined;
      // the event's type selected the reaction: its data is what that type's contract says
      return react ? react(event.data as never, event, tx) : [];
    },
  };
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
  /** The event types it reacts to: the bus passes the others by. */
  reactsTo: ReadonlySet<string>;
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
