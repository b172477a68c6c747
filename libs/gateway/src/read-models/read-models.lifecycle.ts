import { EventBus, RunningSubscription } from '@hyeopchi/messaging';
import { Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleDestroy } from '@nestjs/common';
import { ReadModelChangeListener } from './change-listener';
import { followEvents } from './projector';
import { openReadModels } from './read-model-store';
import { ReadModels } from './read-models';

const logger = new Logger('ReadModels');

/**
 * Projects the events into the read models while the gateway runs, hears what every gateway projects, and
 * moves to the schema a rebuild switched to.
 */
export class ReadModelsLifecycle implements OnApplicationBootstrap, OnModuleDestroy, OnApplicationShutdown {
  private subscription: RunningSubscription | null = null;
  private switching = Promise.resolve();

  constructor(
    private readonly readModels: ReadModels,
    private readonly bus: EventBus,
    private readonly changes: ReadModelChangeListener,
    private readonly url: string,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.subscription = await followEvents(this.readModels.dataSource, this.bus, this.readModels.schema);
    this.changes.onSwitch((schema) => {
      this.switching = this.switching.then(() =>
        this.switchTo(schema).catch((error: unknown) =>
          logger.error(`could not switch the read models to ${schema}: ${String(error)}`),
        ),
      );
    });
  }

  /** Stops consuming first, while the bus's database is still open. */
  async onModuleDestroy(): Promise<void> {
    await this.switching;
    await this.subscription?.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.changes.stop();
    await this.readModels.dataSource.destroy();
  }

  /**
   * The rebuilt schema already holds every event up to the rebuild; following the bus for it from the start
   * skips those (their streams' positions are there) and adds what came since. Queries move over at once.
   */
  private async switchTo(schema: string): Promise<void> {
    if (schema === this.readModels.schema) return;
    const dataSource = await openReadModels(this.url, schema);
    const subscription = await followEvents(dataSource, this.bus, schema);
    const before = { dataSource: this.readModels.dataSource, subscription: this.subscription };
    this.readModels.dataSource = dataSource;
    this.readModels.schema = schema;
    this.subscription = subscription;
    await this.changes.follow(schema);
    await before.subscription?.stop();
    await before.dataSource.destroy();
    logger.log(`read models switched to ${schema}`);
  }
}
