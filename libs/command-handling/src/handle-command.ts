import { Decider, DomainEvent, fold } from '@hyeopchi/domain-kernel';
import { EventMetadata, EventStore, RecordedEvent, WrongExpectedVersionError } from '@hyeopchi/event-store';
import { IdSource } from './ports';

export interface CommandOutcome<Event> {
  streamId: string;
  /** The stream version after the append (the one loaded when the command decided nothing). */
  streamVersion: number;
  /** The global position of the last event appended; undefined when the command decided nothing. */
  globalPosition: number | undefined;
  events: Event[];
}

export interface HandleCommandOptions {
  ids: IdSource;
  /**
   * Carried by every event the command appends: actor, role, correlation and causation ids, command id. A command
   * id already found in the stream makes the command a repeat: it appends nothing and returns the first outcome.
   */
  metadata: EventMetadata;
  /** The correlation id the stream's history imposes (e.g. its first event's), over the one in `metadata`. */
  correlationOf?(history: readonly RecordedEvent[]): string | undefined;
  /** How often to decide again when another writer appended to the stream in between. */
  maxAttempts?: number;
}

/**
 * Load, decide, append: the whole of a command handler. The append expects the version that was loaded, so a
 * concurrent write is never overwritten: the command is decided again on the new state (and may then be refused).
 */
export async function handleCommand<Command, Event extends DomainEvent, State>(
  store: EventStore,
  streamId: string,
  decider: Decider<Command, Event, State>,
  command: Command,
  { ids, metadata, correlationOf, maxAttempts = 3 }: HandleCommandOptions,
): Promise<CommandOutcome<Event>> {
  for (let attempt = 1; ; attempt++) {
    const history = await store.readStream(streamId);
    const repeated = metadata.commandId ? outcomeOf(streamId, history, metadata.commandId) : undefined;
    if (repeated) return repeated as CommandOutcome<Event>;
    const version = history.at(-1)?.streamVersion ?? 0;
    const state = stateOf(decider, history);
    const events = decider.decide(command, state);
    if (events.length === 0) return { streamId, streamVersion: version, globalPosition: undefined, events };
    try {
      const appended = await store.appendToStream(
        streamId,
        events.map((event) => ({
          eventId: ids.next(),
          type: event.type,
          data: event.data,
          metadata: { ...metadata, correlationId: correlationOf?.(history) ?? metadata.correlationId },
        })),
        version === 0 ? 'no_stream' : version,
      );
      return {
        streamId,
        streamVersion: appended.nextExpectedStreamVersion,
        globalPosition: appended.lastGlobalPosition,
        events,
      };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      if (attempt >= maxAttempts) {
        // the writer we lost to may have been this very command, sent twice at once (a retry, a redelivery)
        const latest = await store.readStream(streamId);
        const repeated = metadata.commandId ? outcomeOf(streamId, latest, metadata.commandId) : undefined;
        if (repeated) return repeated as CommandOutcome<Event>;
        throw error;
      }
    }
  }
}

/** What a command appended the first time, found by its id: a retried or redelivered command acts once. */
function outcomeOf(
  streamId: string,
  history: readonly RecordedEvent[],
  commandId: string,
): CommandOutcome<DomainEvent> | undefined {
  const appended = history.filter((event) => event.metadata.commandId === commandId);
  const last = appended.at(-1);
  if (!last) return undefined;
  return {
    streamId,
    streamVersion: last.streamVersion,
    globalPosition: last.globalPosition,
    events: appended.map(({ type, data }) => ({ type, data })),
  };
}

/** The state a decider folds from stored events (which it is trusted to know: its stream holds nothing else). */
export function stateOf<Command, Event extends DomainEvent, State>(
  decider: Decider<Command, Event, State>,
  history: readonly RecordedEvent[],
): State {
  return fold(
    decider,
    history.map(({ type, data }) => ({ type, data }) as Event),
  );
}
