import { loadConfiguration } from '@hyeopchi/config';
import { GatewayModule, applyTrustProxy } from '@hyeopchi/gateway';
import { createApplication } from '@hyeopchi/event-infrastructure';
import { Logger } from '@nestjs/common';
import { startTracing, tracedApplication } from '@hyeopchi/observability';

/** `npm run start:gateway`: the GraphQL gateway in its own process, sending commands over Kafka. */
async function startGateway(): Promise<void> {
  const config = loadConfiguration(process.env);
  if (!config.KAFKA_BROKERS) {
    throw new Error(
      'the gateway in its own process needs KAFKA_BROKERS; npm start runs it with the services',
    );
  }
  const tracing = startTracing('gateway', config);
  const app = await createApplication(tracedApplication(GatewayModule.overKafka(config), tracing), config, {
    // the gateway reads its bodies itself, up to what the largest command needs
    bodyParser: false,
  });
  app.enableShutdownHooks();
  applyTrustProxy(app, config);
  await app.listen(config.PORT, config.HOST);
  new Logger('Hyeopchi').log(`GraphQL gateway on http://localhost:${config.PORT}/graphql`);
}

startGateway().catch((error: unknown) => {
  console.error(`the gateway could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
