import { CONFIG, HyeopchiConfig, HyeopchiConfigModule } from '@hyeopchi/config';
import { EventStore, PostgresEventStore, UpcastingEventStore } from '@hyeopchi/event-store';
import { eventTypesOf, revisionsOf } from '@hyeopchi/event-revisions';
import {
  BrokerProbe,
  EventBus,
  InProcessEventBus,
  KafkaEventBus,
  KafkaRelay,
  KnownEvents,
  createKafka,
  describeDeadLetter,
} from '@hyeopchi/messaging';
import { DynamicModule, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { AuditCheckpointer } from './audit-checkpointer';
import { Database, openDatabase } from './database';
import { HealthController } from './health.controller';
import { Leadership } from './leadership';
import { Readiness } from './readiness';
import { relaysOf } from './relays';
import { TimedEventStore } from './timed-event-store';
import {
  AUDIT_CHECKPOINTER,
  BROKER_GATES_READINESS,
  BROKER_PROBE,
  DATABASE,
  EVENT_BUS,
  EVENT_STORES,
  RELAY_LEADERSHIPS,
  RELAYS,
} from './tokens';

const logger = new Logger('EventInfrastructure');
const warn = (error: unknown, where: string) =>
  logger.warn(`${where}: ${error instanceof Error ? error.message : String(error)}`);

const KNOWN_EVENTS: KnownEvents = {
  typesOf: eventTypesOf,
  currentRevision: (context, type) => revisionsOf(context).current(type),
};

/**
 * The event infrastructure of one process: its database, the event stores of the contexts it owns, the bus, and
 * (with Kafka) a relay per owned context, and the signer of their audit checkpoints. Standalone mode owns every context; a service owns one.
 * Replicas of a service each have its relay, but only the one holding the relay's lock runs it.
 */
@Module({})
export class EventInfrastructureModule {
  static forContexts(contexts: readonly string[], applicationName: string): DynamicModule {
    return {
      module: EventInfrastructureModule,
      global: true,
      // probes come often: what fails is logged where it fails, not again by terminus on every probe
      imports: [HyeopchiConfigModule, TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController],
      providers: [
        {
          provide: DATABASE,
          inject: [CONFIG],
          useFactory: (config: HyeopchiConfig) => openDatabase(config, applicationName),
        },
        {
          provide: EVENT_STORES,
          inject: [DATABASE],
          useFactory: async (database: Database) =>
            new Map<string, EventStore>(
              await Promise.all(
                contexts.map(
                  async (context) =>
                    [
                      context,
                      new TimedEventStore(
                        new UpcastingEventStore(
                          await PostgresEventStore.open(database.pool, context, {
                            followersPool: database.consumerPool,
                          }),
                          revisionsOf(context),
                        ),
                        context,
                      ),
                    ] as const,
                ),
              ),
            ),
        },
        {
          provide: RELAYS,
          inject: [CONFIG, EVENT_STORES],
          useFactory: (config: HyeopchiConfig, stores: Map<string, EventStore>): KafkaRelay[] =>
            config.KAFKA_BROKERS
              ? relaysOf({ ...config, KAFKA_BROKERS: config.KAFKA_BROKERS }, stores, (error, context) =>
                  warn(error, `relay ${context}`),
                )
              : [],
        },
        {
          provide: RELAY_LEADERSHIPS,
          inject: [DATABASE, RELAYS],
          useFactory: (database: Database, relays: KafkaRelay[]): Leadership[] =>
            relays.map((relay) => leadRelay(relay, database.url, applicationName)),
        },
        {
          provide: AUDIT_CHECKPOINTER,
          inject: [CONFIG, DATABASE, EVENT_STORES],
          useFactory: (config: HyeopchiConfig, database: Database, stores: Map<string, EventStore>) =>
            AuditCheckpointer.start(config, database.pool, stores),
        },
        {
          provide: EVENT_BUS,
          inject: [CONFIG, DATABASE, EVENT_STORES],
          useFactory: (
            config: HyeopchiConfig,
            database: Database,
            stores: Map<string, EventStore>,
          ): EventBus =>
            config.KAFKA_BROKERS
              ? new KafkaEventBus({
                  kafka: createKafka({ brokers: config.KAFKA_BROKERS, clientId: config.KAFKA_CLIENT_ID }),
                  pool: database.consumerPool,
                  partitions: config.KAFKA_TOPIC_PARTITIONS,
                  namespace: config.KAFKA_TOPIC_NAMESPACE,
                  onError: warn,
                  knownEvents: KNOWN_EVENTS,
                  upgradeWaitMs: config.UPGRADE_WAIT_SECONDS * 1000,
                  onDeadLetter: (notice) => logger.error(describeDeadLetter(notice)),
                })
              : new InProcessEventBus({
                  pool: database.consumerPool,
                  stores,
                  batchSize: config.RELAY_BATCH_SIZE,
                  pollIntervalMs: config.BUS_POLL_INTERVAL_MS,
                  onError: warn,
                }),
        },
        {
          provide: BROKER_PROBE,
          inject: [CONFIG],
          useFactory: (config: HyeopchiConfig): BrokerProbe | null =>
            config.KAFKA_BROKERS
              ? new BrokerProbe(
                  createKafka({
                    brokers: config.KAFKA_BROKERS,
                    clientId: `${config.KAFKA_CLIENT_ID}-health`,
                  }),
                )
              : null,
        },
        {
          provide: BROKER_GATES_READINESS,
          // a process owning contexts takes their commands and publishes their events over Kafka: without it, it
          // can do none of its work. The gateway owns none and answers reads from PostgreSQL: were the broker to
          // gate it, every gateway would leave the load balancer at once.
          useValue: contexts.length > 0,
        },
        Readiness,
        EventInfrastructureShutdown,
      ],
      exports: [DATABASE, EVENT_STORES, EVENT_BUS, RELAYS],
    };
  }
}

/** Runs `relay` while this process holds its lock: of a service's replicas, one relays at a time. */
export function leadRelay(relay: KafkaRelay, url: string, applicationName: string): Leadership {
  return Leadership.start({
    url,
    name: relay.checkpointName,
    applicationName,
    work: relay,
    onError: (error) => warn(error, `relay ${relay.context} leadership`),
  });
}

class EventInfrastructureShutdown implements OnApplicationShutdown {
  constructor(
    @Inject(RELAY_LEADERSHIPS) private readonly relays: Leadership[],
    @Inject(AUDIT_CHECKPOINTER) private readonly checkpointer: AuditCheckpointer,
    @Inject(DATABASE) private readonly database: Database,
    @Inject(BROKER_PROBE) private readonly broker: BrokerProbe | null,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([
      ...this.relays.map((relay) => relay.stop()),
      this.checkpointer.stop(),
      this.broker?.close(),
    ]);
    await this.database.close();
  }
}
