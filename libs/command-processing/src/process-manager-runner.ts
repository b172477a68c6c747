import { DATABASE, Database, EVENT_BUS } from '@hyeopchi/event-infrastructure';
import { nameBasedUuid } from '@hyeopchi/name-based-uuid';
import { EventBus, EventHandler, RunningSubscription } from '@hyeopchi/messaging';
import { applyMigrations, withTransaction } from '@hyeopchi/postgres';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { CLOCK, Clock } from './clock';
import { CommandDispatcher } from './command-dispatcher';
import { CommandRequest } from './command-request';
import { ProcessManager, Reaction, ScheduledTask } from './process-manager';

export const PROCESS_MANAGERS = Symbol('ProcessManagers');
export const SCHEDULED_TASKS = Symbol('ScheduledTasks');

/** Failures worth the same command again later; any other refusal is the domain's final word. */
const TRANSIENT = new Set(['INTERNAL', 'APPEND_CONTENDED', 'WRONG_EXPECTED_VERSION']);
/** Refusals that say the process manager is wrong, not the command: retrying would never end, so they are logged. */
const DEFECTS = new Set(['INVALID_COMMAND', 'UNKNOWN_COMMAND']);

/**
 * Runs the process managers over the bus and the scheduled tasks on their intervals. A command derived from an
 * event or a due item has an id derived from it, so however often it is delivered or found, it acts once.
 */
@Injectable()
export class ProcessManagerRunner implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ProcessManagers');
  private readonly subscriptions: RunningSubscription[] = [];
  private readonly timers: NodeJS.Timeout[] = [];
  /** Each task's run under way, by name: a task never overlaps itself. */
  private readonly runs = new Map<string, Promise<void>>();

  constructor(
    @Inject(PROCESS_MANAGERS) private readonly managers: readonly ProcessManager[],
    @Inject(SCHEDULED_TASKS) private readonly tasks: readonly ScheduledTask[],
    @Inject(EVENT_BUS) private readonly bus: EventBus,
    @Inject(DATABASE) private readonly database: Database,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly dispatcher: CommandDispatcher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const manager of this.managers) {
      if (manager.migrations) {
        await applyMigrations(this.database.pool, manager.context, manager.name, manager.migrations);
      }
      this.subscriptions.push(
        await this.bus.subscribe({
          name: manager.name,
          schema: manager.context,
          contexts: manager.listensTo,
          eventTypes: manager.reactsTo,
          handle: this.handlerFor(manager),
        }),
      );
    }
    for (const task of this.tasks) {
      this.timers.push(setInterval(() => this.tick(task), task.everyMs));
    }
  }

  /**
   * What the bus runs for each event, inside the transaction that records it in the inbox. Run twice for one
   * event (the inbox row lost in a crash), it still acts once: its commands' ids come from the event.
   */
  handlerFor(manager: ProcessManager): EventHandler {
    return async (event, tx) => {
      const reactions = await manager.react(event, tx);
      for (const [index, { key, ...reaction }] of reactions.entries()) {
        await this.issue(manager.name, reaction, {
          commandId: nameBasedUuid(
            key ? `${manager.name}/${key}` : `${manager.name}/${event.context}/${event.eventId}/${index}`,
          ),
          correlationId: event.metadata.correlationId ?? event.eventId,
          causationId: event.eventId,
        });
      }
    };
  }

  async onModuleDestroy(): Promise<void> {
    this.timers.forEach(clearInterval);
    await Promise.all(this.runs.values());
    await Promise.all(this.subscriptions.map((subscription) => subscription.stop()));
  }

  /** Runs a task now, unless its previous run is still going. */
  private tick(task: ScheduledTask): void {
    if (this.runs.has(task.name)) return;
    const run = this.runTask(task)
      .catch((error: unknown) => this.logger.warn(`${task.name}: ${String(error)}`))
      .finally(() => this.runs.delete(task.name));
    this.runs.set(task.name, run);
  }

  private async runTask(task: ScheduledTask): Promise<void> {
    const due = await withTransaction(this.database.pool, (tx) => task.due(tx, this.clock.now()));
    for (const { key, ...reaction } of due) {
      await this.issue(task.name, reaction, { commandId: nameBasedUuid(`${task.name}/${key}`) });
    }
  }

  private async issue(
    issuer: string,
    reaction: Reaction,
    ids: Pick<CommandRequest, 'commandId' | 'correlationId' | 'causationId'>,
  ): Promise<void> {
    const reply = await this.dispatcher.dispatch({
      ...reaction,
      ...ids,
      actor: `system:${issuer}`,
      role: 'system',
    });
    if (!reply.ok && TRANSIENT.has(reply.error.code)) {
      throw new Error(`${issuer}: ${reaction.type} failed (${reply.error.code}), will retry`);
    }
    if (!reply.ok && DEFECTS.has(reply.error.code)) {
      this.logger.error(`${issuer} sent a command its service cannot take: ${reply.error.message}`);
    } else if (!reply.ok) {
      this.logger.warn(`${issuer}: ${reaction.type} refused: ${reply.error.code} ${reply.error.message}`);
    }
  }
}
