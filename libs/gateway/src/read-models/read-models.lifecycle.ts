import { EVENT_BUS } from '@hyeopchi/backbone';
import { EventBus, RunningSubscription } from '@hyeopchi/messaging';
import {
  Inject,
  Injectable,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  OnModuleDestroy,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { READ_MODELS } from '../queries/read-models.token';
import { ReadModelChangeListener } from './change-listener';
import { followEvents } from './projector';
import { READ_MODEL_SCHEMA } from './read-model-store';

/** Projects the events into the read models while the gateway runs, and hears what every gateway projects. */
@Injectable()
export class ReadModelsLifecycle implements OnApplicationBootstrap, OnModuleDestroy, OnApplicationShutdown {
  private subscription: RunningSubscription | null = null;

  constructor(
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    @Inject(EVENT_BUS) private readonly bus: EventBus,
    private readonly changes: ReadModelChangeListener,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.subscription = await followEvents(this.readModels, this.bus, READ_MODEL_SCHEMA);
  }

  /** Stops consuming first, while the bus's database is still open. */
  async onModuleDestroy(): Promise<void> {
    await this.subscription?.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.changes.stop();
    await this.readModels.destroy();
  }
}
