import { EventInfrastructureModule, createApplication } from '@hyeopchi/event-infrastructure';
import { HyeopchiConfig, loadConfiguration } from '@hyeopchi/config';
import { MetricsModule } from '@hyeopchi/observability';
import { DynamicModule, INestApplication, Logger, Module } from '@nestjs/common';
import { startTracing, tracedApplication } from '@hyeopchi/observability';
import { commandTopicOf } from './kafka-commands';
import { ServiceDefinition } from './process-manager';
import { CommandProcessingModule } from './command-processing.module';

@Module({})
class ServiceApplicationModule {}

/** The module of one service in its own process: its event infrastructure, its routes, its command topic on Kafka. */
export function serviceApplicationModule(service: ServiceDefinition): DynamicModule {
  return {
    module: ServiceApplicationModule,
    imports: [
      MetricsModule,
      EventInfrastructureModule.forContexts([service.context], `hyeopchi-${service.context}`),
      CommandProcessingModule.forServices([service], { kafkaCommandsOf: service.context }),
    ],
  };
}

/** Listens on HTTP (health, metrics) and on the service's command topic, which it creates with its reply topic if missing. */
export async function startServiceApplication(
  app: INestApplication,
  service: ServiceDefinition,
  config: HyeopchiConfig,
): Promise<void> {
  assertKafkaConfigured(service, config);
  app.enableShutdownHooks();
  await app.listen(config.PORT, config.HOST);
}

function assertKafkaConfigured(
  service: ServiceDefinition,
  config: HyeopchiConfig,
): asserts config is HyeopchiConfig & { KAFKA_BROKERS: string[] } {
  if (!config.KAFKA_BROKERS) {
    throw new Error(
      `the ${service.context} service in its own process needs KAFKA_BROKERS; npm start runs every service in one process without Kafka`,
    );
  }
}

/** `npm run start:<service>`: one service in its own process, on DATABASE_URL and KAFKA_BROKERS. */
export async function runServiceProcess(
  define: (config: HyeopchiConfig) => ServiceDefinition,
  defaultPort: number,
): Promise<void> {
  process.env.PORT ||= String(defaultPort);
  const config = loadConfiguration(process.env);
  const service = define(config);
  // before anything opens: a refused start leaves no database started behind
  assertKafkaConfigured(service, config);
  const tracing = startTracing(service.context, config);
  const app = await createApplication(tracedApplication(serviceApplicationModule(service), tracing), config);
  await startServiceApplication(app, service, config);
  new Logger('Hyeopchi').log(
    `${service.context} service on http://localhost:${config.PORT}/health, commands on ${commandTopicOf(service.context, config.KAFKA_TOPIC_NAMESPACE)}`,
  );
}
