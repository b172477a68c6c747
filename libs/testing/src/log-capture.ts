import { LogFormat, structuredLogging } from '@hyeopchi/observability';
import { INestApplicationContext, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Writable } from 'node:stream';

/** Where a structured logger writes in a test: the lines, parsed when JSON. */
export class LogCapture extends Writable {
  raw: string[] = [];

  override _write(chunk: Buffer | string, _encoding: string, done: () => void): void {
    this.raw.push(chunk.toString());
    done();
  }

  lines(): Record<string, unknown>[] {
    return this.raw.map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  withMessage(message: string): Record<string, unknown> {
    const line = this.lines().find((entry) => entry.msg === message);
    if (!line) throw new Error(`no line "${message}" among:\n${this.raw.join('')}`);
    return line;
  }

  clear(): void {
    this.raw = [];
  }
}

/**
 * A Nest application context whose Logger writes to `capture`, as an application's would. nestjs-pino keeps the
 * first logger a process made for lines written outside a request: one per test file.
 */
export async function loggingContext(
  capture: LogCapture,
  format: LogFormat = 'json',
  ...imports: Type[]
): Promise<INestApplicationContext> {
  const logging = await structuredLogging({ level: 'debug', format }, capture);
  @Module({ imports: [logging.module, ...imports] })
  class LoggingTestModule {}
  return NestFactory.createApplicationContext(LoggingTestModule, {
    logger: logging.logger,
    abortOnError: false,
  });
}
