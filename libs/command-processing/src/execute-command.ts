import { canonicalJson } from '@hyeopchi/audit';
import { EVENT_STORES } from '@hyeopchi/event-infrastructure';
import { CommandIdReusedError } from './errors';
import { IdSource } from './ports';
import { Settled, StreamCommand, handleCommands } from './handle-command';
import { GroupingQueue } from './grouping-queue';
import { StreamCache } from './stream-cache';
import { DomainError, DomainEvent } from '@hyeopchi/domain-kernel';
import { EventStore, EventStoreError } from '@hyeopchi/event-store';
import { withLogContext } from '@hyeopchi/observability';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Span, SpanStatusCode, activeTraceContext, inSpan } from '@hyeopchi/observability';
import { createHash } from 'node:crypto';
import { CLOCK, Clock, ID_SOURCE } from './clock';
import { CommandReply, CommandRequest, describeIssues, refusal } from './command-request';
import { CommandRoute, PreparedCommand } from './command-route';

/** A command on its way to its stream, with all it needs to be decided there. */
interface QueuedCommand {
  route: CommandRoute;
  store: EventStore;
  streamId: string;
  command: StreamCommand<unknown>;
}

/**
 * Validate, load, decide, append — the same for every aggregate; the route says which. Every failure comes back
 * as a typed reply, and a refused command has written nothing. Commands to one stream take their turn in this
 * process, so many people acting on one proposal at once do not conflict: those that queued while the stream was
 * busy are decided in turn and appended together (`handleCommands`), on the stream as a cache of its folded state
 * holds it, brought up to date from the store first. A conflict with another process is decided again.
 */
@Injectable()
export class CommandExecutor {
  private readonly logger = new Logger('Commands');
  private readonly caches = new Map<string, StreamCache>();
  private readonly streams = new GroupingQueue<QueuedCommand, Settled<DomainEvent>>((_, group) =>
    this.handleGroup(group),
  );

  constructor(
    @Inject(EVENT_STORES) private readonly stores: ReadonlyMap<string, EventStore>,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_SOURCE) private readonly ids: IdSource,
  ) {}

  execute(route: CommandRoute, request: CommandRequest): Promise<CommandReply> {
    const attributes = { 'hyeopchi.context': route.aggregate.context, 'hyeopchi.command.type': request.type };
    return inSpan(`handle ${request.type}`, { attributes }, async (span) => {
      const reply = await this.decideAndAppend(route, request);
      recordReply(span, reply);
      return reply;
    });
  }

  private async decideAndAppend(route: CommandRoute, request: CommandRequest): Promise<CommandReply> {
    const commandId = request.commandId ?? this.ids.next();
    // every line logged while the command is handled names it (the correlation as it arrived)
    return withLogContext(
      {
        commandId,
        commandType: request.type,
        correlationId: request.correlationId ?? commandId,
        causationId: request.causationId ?? commandId,
      },
      () => this.executeIdentified(route, request, commandId),
    );
  }

  private async executeIdentified(
    route: CommandRoute,
    request: CommandRequest,
    commandId: string,
  ): Promise<CommandReply> {
    const { aggregate, steps } = route;
    const contract = aggregate.commands.find((command) => command.type === request.type)!;
    const parsed = contract.schema.safeParse(request.data);
    if (!parsed.success) {
      return refusal(commandId, 'INVALID_COMMAND', `${request.type}: ${describeIssues(parsed.error)}`);
    }
    try {
      const store = this.stores.get(aggregate.context)!;
      const accepted = { type: request.type, data: parsed.data };
      const prepared: PreparedCommand = steps.prepare
        ? await steps.prepare(accepted, store)
        : { data: parsed.data };
      const streamId = aggregate.streamId(prepared.data);
      const settled = await this.streams.run(`${aggregate.context}/${streamId}`, {
        route,
        store,
        streamId,
        command: {
          command: {
            type: request.type,
            data: prepared.data,
            metadata: { now: this.clock.now(), actor: request.actor, role: request.role },
          },
          metadata: {
            actor: request.actor,
            role: request.role,
            commandId,
            commandType: request.type,
            commandDigest: digestOf(request.type, parsed.data),
            correlationId: prepared.correlationId ?? request.correlationId ?? commandId,
            causationId: request.causationId ?? commandId,
            ...activeTraceContext(),
          },
          correlationOf: steps.correlationOf && ((history) => steps.correlationOf!(history, prepared.data)),
        },
      });
      if ('refused' in settled) throw settled.refused;
      const { outcome } = settled;
      return {
        ok: true,
        commandId,
        streamId,
        streamVersion: outcome.streamVersion,
        globalPosition: outcome.globalPosition ?? null,
        eventTypes: outcome.events.map((event) => event.type),
      };
    } catch (error) {
      if (
        error instanceof DomainError ||
        error instanceof EventStoreError ||
        error instanceof CommandIdReusedError
      ) {
        return refusal(commandId, error.code, error.message);
      }
      this.logger.error(
        `${request.type} ${commandId} on ${aggregate.name} failed`,
        error instanceof Error ? error.stack : error,
      );
      return refusal(
        commandId,
        'INTERNAL',
        'the service could not complete the command; send it again with the same commandId',
      );
    }
  }

  /** The commands of one stream that queued together: they share its route and store. */
  private handleGroup(group: QueuedCommand[]): Promise<Settled<DomainEvent>[]> {
    const [{ route, store, streamId }] = group;
    return handleCommands(
      store,
      streamId,
      route.aggregate.decider,
      group.map(({ command }) => command),
      { ids: this.ids, folds: this.cacheOf(route.aggregate.context) },
    );
  }

  private cacheOf(context: string): StreamCache {
    const cache = this.caches.get(context) ?? new StreamCache();
    this.caches.set(context, cache);
    return cache;
  }
}

/** A refusal is an answer, not a failure of the span: only a fault (INTERNAL) marks it failed. */
function recordReply(span: Span, reply: CommandReply): void {
  if (reply.commandId) span.setAttribute('hyeopchi.command.id', reply.commandId);
  if (reply.ok) {
    span.setAttributes({ 'hyeopchi.outcome': 'accepted', 'hyeopchi.stream.id': reply.streamId });
  } else if (reply.error.code === 'INTERNAL') {
    span.setAttribute('hyeopchi.outcome', 'failed');
    span.setStatus({ code: SpanStatusCode.ERROR, message: reply.error.message });
  } else {
    span.setAttributes({ 'hyeopchi.outcome': 'refused', 'hyeopchi.refusal.code': reply.error.code });
  }
}

/**
 * What a command is, as a repeat check compares it: its type and validated data, before the service adds what it
 * read (a policy adopted in between must not make a retry look like another command).
 */
function digestOf(type: string, data: unknown): string {
  return createHash('sha256').update(canonicalJson({ type, data })).digest('hex');
}
