import { DATABASE, Database, createApplication } from '@hyeopchi/event-infrastructure';
import { startTracing, tracedApplication } from '@hyeopchi/observability';
import { loadConfiguration } from '@hyeopchi/config';
import { applyTrustProxy } from '@hyeopchi/gateway';
import { Logger } from '@nestjs/common';
import { standaloneModule } from './standalone.module';

/** `npm start`: every service and the gateway in one process, on the embedded defaults unless configured. */
export async function startStandalone(): Promise<void> {
  const config = loadConfiguration(process.env);
  const tracing = startTracing('standalone', config);
  const app = await createApplication(tracedApplication(standaloneModule(config), tracing), config, {
    // the gateway reads its bodies itself, up to what the largest command needs
    bodyParser: false,
  });
  app.enableShutdownHooks();
  applyTrustProxy(app, config);
  await app.listen(config.PORT, config.HOST);
  const bus = config.KAFKA_BROKERS ? `Kafka at ${config.KAFKA_BROKERS.join(',')}` : 'the in-process bus';
  const database = app.get<Database>(DATABASE).description;
  const logger = new Logger('Hyeopchi');
  logger.log(
    `standalone platform on http://localhost:${config.PORT}/ (the web app; GraphQL at /graphql) (${database}, ${bus})`,
  );
}
