import { Decider, DomainEvent } from '@hyeopchi/domain-kernel';
import { EventStore, RecordedEvent } from '@hyeopchi/event-store';

/**
 * A stream as a command is decided on it: its version, its state folded by the aggregate's decider, its history,
 * and what each command appended, by actor and command id (how a repeated command is recognised in O(1)).
 * It only ever grows by the events the store recorded after its version, in order.
 */
export class StreamFold<State> {
  private readonly events: RecordedEvent[] = [];
  private readonly byCommand = new Map<string, RecordedEvent[]>();
  private current: State;

  constructor(private readonly decider: Decider<unknown, DomainEvent, State>) {
    this.current = decider.initialState;
  }

  get version(): number {
    return this.events.at(-1)?.streamVersion ?? 0;
  }

  get state(): State {
    return this.current;
  }

  get history(): readonly RecordedEvent[] {
    return this.events;
  }

  /** The events the command of this actor and id appended, in order (none when it never ran here). */
  appendedBy(actor: string | undefined, commandId: string): readonly RecordedEvent[] {
    return this.byCommand.get(commandKey(actor, commandId)) ?? [];
  }

  /** Folds events the store recorded after this fold's version. */
  apply(recorded: readonly RecordedEvent[]): void {
    this.record(recorded);
    this.current = recorded.reduce(
      (state, { type, data }) => this.decider.evolve(state, { type, data } as DomainEvent),
      this.current,
    );
  }

  /**
   * Takes events just appended, with the state their decider already folded them into: folding them again would
   * branch the state off the one the next command builds on.
   */
  advance(recorded: readonly RecordedEvent[], state: State): void {
    this.record(recorded);
    this.current = state;
  }

  private record(recorded: readonly RecordedEvent[]): void {
    for (const event of recorded) {
      if (event.streamVersion !== this.version + 1) {
        throw new Error(`${event.streamId}: version ${event.streamVersion} read after ${this.version}`);
      }
      this.events.push(event);
      const { commandId, actor } = event.metadata;
      if (!commandId) continue;
      const key = commandKey(actor, commandId);
      const appended = this.byCommand.get(key);
      if (appended) appended.push(event);
      else this.byCommand.set(key, [event]);
    }
  }
}

const commandKey = (actor: string | undefined, commandId: string) => JSON.stringify([actor, commandId]);

/** Where a command handler gets its streams folded: afresh from the store each time, or from a cache of them. */
export interface StreamFolds {
  load<State>(
    store: EventStore,
    streamId: string,
    decider: Decider<unknown, DomainEvent, State>,
  ): Promise<StreamFold<State>>;
  /** Events just appended on `fold`, with the state they were decided into (`StreamFold.advance`). */
  advance<State>(
    streamId: string,
    fold: StreamFold<State>,
    recorded: readonly RecordedEvent[],
    state: State,
  ): void;
}

/** Reads and folds the whole stream for every command. */
export const freshFolds: StreamFolds = {
  async load(store, streamId, decider) {
    const fold = new StreamFold(decider);
    fold.apply(await store.readStream(streamId));
    return fold;
  },
  advance: (_, fold, recorded, state) => fold.advance(recorded, state),
};
