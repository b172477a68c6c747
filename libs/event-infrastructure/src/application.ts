import { HyeopchiConfig } from '@hyeopchi/config';
import { structuredLogging } from '@hyeopchi/observability';
import { DynamicModule, INestApplication, Module, NestApplicationOptions } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { DestinationStream } from 'pino';
import { StartupGate } from './startup-gate';

@Module({})
class ApplicationRoot {}

export interface ApplicationOptions extends Pick<NestApplicationOptions, 'bodyParser'> {
  /** Where log lines go; standard output by default (tests capture them). */
  logDestination?: DestinationStream;
}

/**
 * A process's Nest application: structured logs from its first line, and HTTP on PORT and HOST from before its
 * modules start, so health answers while they do (ready: not yet). `app.listen(…)` then serves its routes there.
 */
export async function createApplication(
  module: DynamicModule,
  config: HyeopchiConfig,
  { logDestination, ...options }: ApplicationOptions = {},
): Promise<INestApplication> {
  const logging = await structuredLogging(
    { level: config.LOG_LEVEL, format: config.LOG_FORMAT },
    logDestination,
  );
  const gate = await StartupGate.listen(config.PORT, config.HOST);
  try {
    return await NestFactory.create({ module: ApplicationRoot, imports: [logging.module, module] }, gate, {
      ...options,
      logger: logging.logger,
      // a failed start is the caller's to report (each process says so and exits), not a reason to abort
      abortOnError: false,
    });
  } catch (error) {
    await gate.shut();
    throw error;
  }
}
