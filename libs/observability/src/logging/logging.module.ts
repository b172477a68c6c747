import { DynamicModule, LoggerService } from '@nestjs/common';
import { Logger, LoggerModule, PinoLogger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { LoggingSettings, loggerParams } from './logger-options';

export interface StructuredLogging {
  /** For the application's imports: logs each HTTP request, and names it on the lines written meanwhile. */
  module: DynamicModule;
  /**
   * For `NestFactory.create(…, { logger })`: Nest's own lines and every `new Logger(…)` become structured from the
   * first line on, while the modules start (migrations included), not only once they have.
   */
  logger: LoggerService;
}

/** pino behind Nest's logger. `destination` is for tests; by default lines go to standard output. */
export async function structuredLogging(
  settings: LoggingSettings,
  destination?: DestinationStream,
): Promise<StructuredLogging> {
  const params = await loggerParams(settings, destination);
  return { module: LoggerModule.forRoot(params), logger: new Logger(new PinoLogger(params), params) };
}
