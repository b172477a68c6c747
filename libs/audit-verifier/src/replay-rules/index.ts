import { Decider, DomainEvent } from '@hyeopchi/domain-kernel';

/**
 * What a bounded context writes to have its aggregates replayed by the offline verifier (its `audit/` layer).
 * This entry point holds nothing else, so that a context's rules never import the verifier that composes them.
 */

/**
 * For each event type, the command it answers, rebuilt from the event; null for an event the domain only decides
 * together with the event before it (a tier reached by a support).
 */
export type Commands<Command, Event extends DomainEvent, State> = {
  [Type in Event['type']]: ((event: Extract<Event, { type: Type }>, state: State) => Command) | null;
};

/** One aggregate's replay rule: its decider, and how each of its events is turned back into its command. */
export interface Aggregate<Command, Event extends DomainEvent, State> {
  decider: Decider<Command, Event, State>;
  commands: Commands<Command, Event, State>;
  /** What the event states beyond its command, checked first for a reason more telling than the domain's refusal. */
  inspect?: (event: Event, state: State) => string | undefined;
}

/** The command metadata of a replayed command: the actor the event records, at the time it records. */
export const by = (actor: string, at: string) => ({ actor, now: new Date(at) });

/** For commands whose actor the domain does not check. */
export const ANYONE = 'anyone';

/** An aggregate's streams in its service's log, by their ids, and the rule that replays them. */
export interface ReplayedStreams {
  owns: (streamId: string) => boolean;
  aggregate: Aggregate<unknown, DomainEvent, unknown>;
}

/** The streams `owns` picks out, replayed by `aggregate`; its types are erased so that one list holds them all. */
export function replayedStreams<C, E extends DomainEvent, S>(
  owns: (streamId: string) => boolean,
  aggregate: Aggregate<C, E, S>,
): ReplayedStreams {
  return { owns, aggregate: aggregate as unknown as Aggregate<unknown, DomainEvent, unknown> };
}
