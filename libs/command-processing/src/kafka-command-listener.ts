import { CONFIG, HyeopchiConfig } from '@hyeopchi/config';
import { createKafka } from '@hyeopchi/messaging';
import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy, Type } from '@nestjs/common';
import { CommandDispatcher } from './command-dispatcher';
import { KafkaCommandConsumer } from './kafka-command-consumer';

/**
 * Answers a service's command topic while the application runs. Every instance of the service joins the group
 * `<namespace>.<context>-commands`: Kafka gives each instance its share of the partitions, and a stream's
 * commands (keyed by stream) all reach the instance holding its partition.
 */
export function kafkaCommandListenerFor(context: string): Type<unknown> {
  @Injectable()
  class KafkaCommandListener implements OnApplicationBootstrap, OnModuleDestroy {
    private consumer: KafkaCommandConsumer | undefined;

    constructor(
      @Inject(CONFIG) private readonly config: HyeopchiConfig,
      private readonly dispatcher: CommandDispatcher,
    ) {}

    async onApplicationBootstrap(): Promise<void> {
      const { config } = this;
      this.consumer = await KafkaCommandConsumer.start({
        kafka: createKafka({
          brokers: config.KAFKA_BROKERS ?? [],
          clientId: `${config.KAFKA_CLIENT_ID}-${context}-commands`,
        }),
        context,
        namespace: config.KAFKA_TOPIC_NAMESPACE,
        partitions: config.KAFKA_TOPIC_PARTITIONS,
        groupId: `${config.KAFKA_TOPIC_NAMESPACE}.${context}-commands`,
        dispatch: (request) => this.dispatcher.dispatch(request),
      });
    }

    // before the event infrastructure closes its database (on shutdown): commands in flight are answered first
    async onModuleDestroy(): Promise<void> {
      await this.consumer?.stop();
    }
  }
  return KafkaCommandListener;
}
