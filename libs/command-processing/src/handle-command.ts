import { BackoffOptions, backoffDelay, sleep } from '@hyeopchi/backoff';
import { Decider, DomainError, DomainEvent, fold } from '@hyeopchi/domain-kernel';
import {
  EventMetadata,
  EventStore,
  EventToAppend,
  RecordedEvent,
  WrongExpectedVersionError,
} from '@hyeopchi/event-store';
import { SpanKind, inSpan, linksToCarried } from '@hyeopchi/observability';
import { CommandIdReusedError } from './errors';
import { IdSource } from './ports';
import { StreamFold, StreamFolds, freshFolds } from './stream-fold';

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

/** What an event of the stream shows a `correlationOf`. */
export type StreamEvent = Pick<RecordedEvent, 'type' | 'data' | 'metadata'>;

export interface StreamCommand<Command> {
  command: Command;
  /**
   * Carried by every event the command appends: actor, role, correlation and causation ids, command id, command
   * type and digest. Events of the stream with the same command id and actor make the command a repeat: it appends
   * nothing and returns the first outcome, provided they carry the same command type and digest (otherwise
   * `CommandIdReusedError`). Another actor's command id is not this actor's: it cannot pre-empt a command.
   */
  metadata: EventMetadata;
  /**
   * The correlation id the stream's history imposes (e.g. its first event's), over the one in `metadata`. The
   * history is the stream's events, then those the commands before this one in its group decided; it is walked,
   * not copied, so read only as far as the answer needs (a popular proposal's stream is long).
   */
  correlationOf?(history: Iterable<StreamEvent>): string | undefined;
}

export interface HandleCommandOptions extends Omit<StreamCommand<unknown>, 'command'> {
  ids: IdSource;
  retry?: ConflictRetry;
}

/** Each command's own answer in a group: its outcome, or why it was refused. */
export type Settled<Event> = { outcome: CommandOutcome<Event> } | { refused: Error };

export interface HandleCommandsOptions {
  ids: IdSource;
  retry?: ConflictRetry;
  /** Where the stream comes from folded; by default it is read whole for every group. */
  folds?: StreamFolds;
}

/**
 * Load, decide, append: the whole of a command handler, for one command. See `handleCommands`; the command's
 * refusal is thrown.
 */
export async function handleCommand<Command, Event extends DomainEvent, State>(
  store: EventStore,
  streamId: string,
  decider: Decider<Command, Event, State>,
  command: Command,
  { ids, retry, ...rest }: HandleCommandOptions,
): Promise<CommandOutcome<Event>> {
  const [settled] = await handleCommands(store, streamId, decider, [{ command, ...rest }], { ids, retry });
  if ('refused' in settled) throw settled.refused;
  return settled.outcome;
}

/**
 * Load, decide, append for commands on one stream, in ONE append: each is decided in turn on the state the ones
 * before it left, and answered on its own (a refused command leaves the others be). The append expects the version
 * that was loaded, so a concurrent write is never overwritten: the whole group is decided again on the new state,
 * after a short jittered wait. Deciders are pure functions of state and command, so deciding again is always
 * safe; only after `retry.maxAttempts` lost races is the conflict passed on. An error that is no refusal (a fault)
 * is thrown for the whole group: one append is all or nothing, so nothing of the group is written.
 */
export async function handleCommands<Command, Event extends DomainEvent, State>(
  store: EventStore,
  streamId: string,
  decider: Decider<Command, Event, State>,
  commands: readonly StreamCommand<Command>[],
  { ids, retry = DEFAULT_CONFLICT_RETRY, folds = freshFolds }: HandleCommandsOptions,
): Promise<Settled<Event>[]> {
  for (let attempt = 1; ; attempt++) {
    const stream = await folds.load(store, streamId, decider as Decider<unknown, DomainEvent, State>);
    const group = decideInTurn(streamId, stream, decider, commands, ids);
    if (group.events.length === 0) return group.settled as Settled<Event>[];
    const version = stream.version;
    try {
      await inSpan(
        // one name for every stream: span names stay few; the stream is an attribute
        'append',
        {
          kind: SpanKind.CLIENT,
          attributes: {
            'hyeopchi.stream.id': streamId,
            'hyeopchi.events': group.events.length,
            'hyeopchi.attempt': attempt,
          },
          // the commands that queued on the stream and share this append, each in its own trace
          links: linksToCarried(group.events.map((event) => event.metadata)),
        },
        () => store.appendToStream(streamId, group.events, version === 0 ? 'no_stream' : version),
      );
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      if (attempt < retry.maxAttempts) {
        await sleep(backoffDelay(attempt, retry.backoff));
        continue;
      }
      // the writer we lost to may have been these very commands, sent twice at once (a retry, a redelivery)
      const latest = await folds.load(store, streamId, decider as Decider<unknown, DomainEvent, State>);
      return group.settled.map(
        (settled, index) =>
          settled ?? repeatOrRefusal<Event>(streamId, latest, commands[index].metadata) ?? { refused: error },
      );
    }
    const recorded = await store.readStream(streamId, {
      fromVersion: version + 1,
      maxCount: group.events.length,
    });
    if (recorded.some((event, index) => event.eventId !== group.events[index].eventId)) {
      throw new Error(`${streamId}: the events read back after version ${version} are not those appended`);
    }
    folds.advance(streamId, stream, recorded, group.state);
    return group.settled.map(
      (settled, index) => settled ?? repeatOrRefusal<Event>(streamId, stream, commands[index].metadata)!,
    );
  }
}

interface DecidedGroup<Event, State> {
  /** Each command's answer, or undefined for one that appends (answered from what the store recorded). */
  settled: (Settled<Event> | undefined)[];
  events: EventToAppend[];
  state: State;
}

function decideInTurn<Command, Event extends DomainEvent, State>(
  streamId: string,
  stream: StreamFold<State>,
  decider: Decider<Command, Event, State>,
  commands: readonly StreamCommand<Command>[],
  ids: IdSource,
): DecidedGroup<Event, State> {
  const group: DecidedGroup<Event, State> = { settled: [], events: [], state: stream.state };
  for (const { command, metadata, correlationOf } of commands) {
    if (metadata.commandId && group.events.some((event) => sameCommand(event.metadata!, metadata))) {
      // the same command twice in one group (a retry sent at once): answered as a repeat once appended
      group.settled.push(undefined);
      continue;
    }
    const repeated = repeatOrRefusal<Event>(streamId, stream, metadata);
    if (repeated) {
      group.settled.push(repeated);
      continue;
    }
    let events: Event[];
    try {
      events = decider.decide(command, group.state);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      group.settled.push({ refused: error });
      continue;
    }
    if (events.length === 0) {
      const streamVersion = stream.version + group.events.length;
      group.settled.push({ outcome: { streamId, streamVersion, globalPosition: undefined, events } });
      continue;
    }
    const correlationId =
      correlationOf?.(eventsInTurn(stream.history, group.events)) ?? metadata.correlationId;
    for (const { type, data } of events) {
      group.state = decider.evolve(group.state, { type, data } as Event);
      group.events.push({ eventId: ids.next(), type, data, metadata: { ...metadata, correlationId } });
    }
    group.settled.push(undefined);
  }
  return group;
}

/** The stream's history, then what the group decided so far: walked afresh each time, never copied. */
function eventsInTurn(
  history: readonly StreamEvent[],
  decided: readonly EventToAppend[],
): Iterable<StreamEvent> {
  return {
    *[Symbol.iterator]() {
      yield* history;
      for (const { type, data, metadata } of decided) yield { type, data, metadata: metadata! };
    },
  };
}

const sameCommand = (a: EventMetadata, b: EventMetadata) =>
  a.commandId === b.commandId && a.actor === b.actor;

/**
 * What a command appended the first time, found by its id and actor: a retried or redelivered command acts once.
 * The same id and actor with another command type or digest is refused rather than mistaken for a repeat. When
 * Undefined when the command has not run here.
 */
function repeatOrRefusal<Event>(
  streamId: string,
  stream: StreamFold<unknown>,
  { commandId, actor, commandType, commandDigest }: EventMetadata,
): Settled<Event> | undefined {
  const appended = commandId ? stream.appendedBy(actor, commandId) : [];
  const last = appended.at(-1);
  if (!last) return undefined;
  if (last.metadata.commandType !== commandType || last.metadata.commandDigest !== commandDigest) {
    return { refused: new CommandIdReusedError(commandId!) };
  }
  return {
    outcome: {
      streamId,
      streamVersion: last.streamVersion,
      globalPosition: last.globalPosition,
      events: appended.map(({ type, data }) => ({ type, data }) as Event),
    },
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
