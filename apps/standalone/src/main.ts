import { DATABASE, Database } from '@hyeopchi/backbone';
import { loadConfiguration } from '@hyeopchi/config';
import { logLevelsFrom } from '@hyeopchi/service-runtime';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { standaloneModule } from './standalone.module';

export async function startStandalone(): Promise<void> {
  const config = loadConfiguration(process.env);
  const app = await NestFactory.create(standaloneModule(config), { logger: logLevelsFrom(config.LOG_LEVEL) });
  app.enableShutdownHooks();
  await app.listen(config.PORT, config.HOST);
  const bus = config.KAFKA_BROKERS ? `Kafka at ${config.KAFKA_BROKERS.join(',')}` : 'the in-process bus';
  const database = app.get<Database>(DATABASE).description;
  new Logger('Hyeopchi').log(
    `standalone platform on http://localhost:${config.PORT}/health (${database}, ${bus})`,
  );
}

if (require.main === module) {
  startStandalone().catch((error: unknown) => {
    console.error(`hyeopchi could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
