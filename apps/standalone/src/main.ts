import { DATABASE, Database } from '@hyeopchi/backbone';
import { CONFIG, HyeopchiConfig } from '@hyeopchi/config';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { StandaloneModule } from './standalone.module';

export async function startStandalone(): Promise<void> {
  const logger = new Logger('Hyeopchi');
  const app = await NestFactory.create(StandaloneModule, { bufferLogs: false });
  app.enableShutdownHooks();
  const config = app.get<HyeopchiConfig>(CONFIG);
  app.useLogger(logLevelsFrom(config.LOG_LEVEL));
  await app.listen(config.PORT, config.HOST);
  const bus = config.KAFKA_BROKERS ? `Kafka at ${config.KAFKA_BROKERS.join(',')}` : 'the in-process bus';
  const database = app.get<Database>(DATABASE).description;
  logger.log(`standalone platform on http://localhost:${config.PORT}/health (${database}, ${bus})`);
}

function logLevelsFrom(level: HyeopchiConfig['LOG_LEVEL']) {
  const order = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
  return order.slice(0, order.indexOf(level) + 1);
}

if (require.main === module) {
  startStandalone().catch((error: unknown) => {
    console.error(`hyeopchi could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
