import { BackoffOptions, backoffDelay, sleep } from '@hyeopchi/backoff';
import { Decider, DomainEvent, fold } from '@hyeopchi/domain-kernel';
import { EventMetadata, EventStore, RecordedEvent, WrongExpectedVersionError } from '@hyeopchi/event-store';
import { CommandIdReusedError } from './errors';
import { IdSource } from './ports';

export interface CommandOutcome<Event> {
  streamId: string;
  /** The stream version after the append (the one loaded when the command decided nothing). */
  streamVersion: number;
  /** The global position of the last event appended; undefined when the command decided nothing. */
  globalPosition: number | undefined;
  events: Event[];
}

export interface ConflictRetry {
  /** How often to load and decide in all, when other writers keep appending to the stream in between. */
  maxAttempts: number;
  /** The wait before each new attempt, jittered so that writers who collided do not collide again in step. */
  backoff: BackoffOptions;
}

/** Enough for two or three processes writing one stream at once; a writer in-process queues instead (the executor). */
export const DEFAULT_CONFLICT_RETRY: ConflictRetry = {
  maxAttempts: 10,
  backoff: { initialMs: 5, maxMs: 200 },
};

export interface HandleCommandOptions {
  ids: IdSource;
  /**
   * Carried by every event the command appends: actor, role, correlation and causation ids, command id, command
   * type and digest. Events of the stream with the same command id and actor make the command a repeat: it appends
   * nothing and returns the first outcome, provided they carry the same command type and digest (otherwise
   * `CommandIdReusedError`). Another actor's command id is not this actor's: it cannot pre-empt a command.
   */
  metadata: EventMetadata;
  /** The correlation id the stream's history imposes (e.g. its first event's), over the one in `metadata`. */
  correlationOf?(history: readonly RecordedEvent[]): string | undefined;
  retry?: ConflictRetry;
}

/**
 * Load, decide, append: the whole of a command handler. The append expects the version that was loaded, so a
 * concurrent write is never overwritten: the command is decided again on the new state, after a short jittered
 * wait (and may then be refused). Deciders are pure functions of state and command, so deciding again is always
 * safe; only after `retry.maxAttempts` lost races is the conflict passed on.
 */
export async function handleCommand<Command, Event extends DomainEvent, State>(
  store: EventStore,
  streamId: string,
  decider: Decider<Command, Event, State>,
  command: Command,
  { ids, metadata, correlationOf, retry = DEFAULT_CONFLICT_RETRY }: HandleCommandOptions,
): Promise<CommandOutcome<Event>> {
  for (let attempt = 1; ; attempt++) {
    const history = await store.readStream(streamId);
    const repeated = outcomeOf(streamId, history, metadata);
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
      if (attempt >= retry.maxAttempts) {
        // the writer we lost to may have been this very command, sent twice at once (a retry, a redelivery)
        const repeated = outcomeOf(streamId, await store.readStream(streamId), metadata);
        if (repeated) return repeated as CommandOutcome<Event>;
        throw error;
      }
      await sleep(backoffDelay(attempt, retry.backoff));
    }
  }
}

/**
 * What a command appended the first time, found by its id and actor: a retried or redelivered command acts once.
 * The same id and actor with another command type or digest is refused rather than mistaken for a repeat.
 */
function outcomeOf(
  streamId: string,
  history: readonly RecordedEvent[],
  { commandId, actor, commandType, commandDigest }: EventMetadata,
): CommandOutcome<DomainEvent> | undefined {
  if (!commandId) return undefined;
  const appended = history.filter(
    ({ metadata }) => metadata.commandId === commandId && metadata.actor === actor,
  );
  const last = appended.at(-1);
  if (!last) return undefined;
  if (last.metadata.commandType !== commandType || last.metadata.commandDigest !== commandDigest) {
    throw new CommandIdReusedError(commandId);
  }
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
