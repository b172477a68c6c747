import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { Logger, LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { LoggingSettings, loggerParams } from './logger-options';

/** Structured logs for an application: pino behind Nest's `Logger`, so every existing `Logger` call is a JSON line. */
@Module({})
export class StructuredLoggingModule {
  /** `destination` is for tests; by default lines go to standard output. */
  static forRoot(settings: LoggingSettings, destination?: DestinationStream): DynamicModule {
    return {
      module: StructuredLoggingModule,
      imports: [LoggerModule.forRootAsync({ useFactory: () => loggerParams(settings, destination) })],
    };
  }
}

/**
 * Makes the application's logger the structured one, for Nest's own lines and every `new Logger(…)`. Create the
 * application with `bufferLogs: true`, so what it logged while starting goes through it too.
 */
export function useStructuredLogger(app: INestApplicationContext): void {
  app.useLogger(app.get(Logger));
  app.flushLogs();
}
