import { EventBus, RunningSubscription } from '@hyeopchi/messaging';
import { Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleDestroy } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { activeSchema } from './active-schema';
import { ReadModelChangeListener, ReadModels } from '@hyeopchi/gateway-kit';
import { followEvents } from './projector';
import { openReadModels } from './read-model-store';

const logger = new Logger('ReadModels');
const CATCH_UP_POLL_MS = 200;

/**
 * Projects the events into the read models while the gateway runs, hears what every gateway projects, and
 * moves to the schema a rebuild switched to. The pointer in the database is the truth; a notification only
 * says "look again", as does every (re)connection of the listener, so a switch missed meanwhile is found.
 */
export class ReadModelsLifecycle implements OnApplicationBootstrap, OnModuleDestroy, OnApplicationShutdown {
  private subscription: RunningSubscription | null = null;
  private switching = Promise.resolve();
  private closing = false;

  constructor(
    private readonly readModels: ReadModels,
    private readonly bus: EventBus,
    private readonly changes: ReadModelChangeListener,
    private readonly database: { url: string; pool: Pool },
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.subscription = await followEvents(this.readModels.dataSource, this.bus, this.readModels.schema);
    this.changes.onSwitch(() => this.lookAgain());
    this.lookAgain();
  }

  /** Stops consuming first, while the bus's database is still open. */
  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    await this.switching;
    await this.subscription?.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.changes.stop();
    await this.readModels.dataSource.destroy();
  }

  private lookAgain(): void {
    this.switching = this.switching.then(async () => {
      try {
        const schema = await activeSchema(this.database.pool);
        if (!this.closing && schema !== this.readModels.schema) await this.switchTo(schema);
      } catch (error) {
        logger.error(`could not switch the read models: ${String(error)}`);
      }
    });
  }

  /**
   * Follows the bus for the rebuilt schema (what the rebuild holds is skipped by the streams' positions) and
   * keeps serving the current one until the new one has every stream at least as far; then queries move over.
   */
  private async switchTo(schema: string): Promise<void> {
    const dataSource = await openReadModels(this.database.url, schema);
    let subscription: RunningSubscription | null = null;
    try {
      subscription = await followEvents(dataSource, this.bus, schema);
      while (!(await this.caughtUp(dataSource, schema))) {
        if (this.closing) throw new Error('the gateway is stopping');
        await sleep(CATCH_UP_POLL_MS);
      }
    } catch (error) {
      await subscription?.stop();
      await dataSource.destroy();
      throw error;
    }
    const before = { dataSource: this.readModels.dataSource, subscription: this.subscription };
    this.readModels.dataSource = dataSource;
    this.readModels.schema = schema;
    this.subscription = subscription;
    try {
      await this.changes.follow(schema);
    } finally {
      await before.subscription?.stop();
      await before.dataSource.destroy();
    }
    logger.log(`read models switched to ${schema}`);
  }

  private async caughtUp(dataSource: DataSource, schema: string): Promise<boolean> {
    const behind: unknown[] = await dataSource.query(
      `SELECT 1 FROM "${this.readModels.schema}".projected_streams current
       LEFT JOIN "${schema}".projected_streams rebuilt USING (context, stream_id)
       WHERE rebuilt.version IS NULL OR rebuilt.version < current.version
       LIMIT 1`,
    );
    return behind.length === 0;
  }
}
