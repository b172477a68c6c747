/**
 * An aggregate as three pure functions (no I/O, no clock, no randomness): what the state is before anything
 * happened, what a command decides given the state, and how an event changes the state.
 */
export interface Decider<Command, Event, State> {
  initialState: State;
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
}

export function fold<Command, Event, State>(
  decider: Decider<Command, Event, State>,
  events: readonly Event[],
): State {
  return events.reduce(decider.evolve, decider.initialState);
}

/** An event as a decider emits it: a versioned type name and its data; ids and positions come at append time. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

/** Who asks and when: time and identity arrive with the command, never from a clock inside the domain. */
export interface CommandMetadata {
  now: Date;
  actor: string;
  /** The role the actor acts in, as the platform authenticated it; absent when nobody named one. */
  role?: string;
}

/** Closes a `switch` over a union: adding a member without handling it fails to compile. */
export function unreachable(value: never): never {
  throw new Error(`unhandled: ${JSON.stringify(value)}`);
}

/** Which side of public-private collaborative governance a person acts for. */
export type Sector = 'public' | 'private';

/** A record's own entry, never one inherited from `Object.prototype` (an id such as "constructor" is just an id). */
export function entryOf<Value>(record: Readonly<Record<string, Value>>, key: string): Value | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
