import { Tracing, tracedApplication } from '@hyeopchi/observability';
import { Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

@Injectable()
class Greeter {
  readonly greeting = 'hello';
}

@Module({ providers: [Greeter], exports: [Greeter] })
class GreetingModule {}

describe('an application traced', () => {
  it('is the application it wraps, and sends its last spans when it stops', async () => {
    const shutdown = jest.fn(async () => undefined);
    const tracing: Tracing = { enabled: true, shutdown };
    const app = await NestFactory.createApplicationContext(tracedApplication(GreetingModule, tracing), {
      logger: false,
    });
    expect(app.get(Greeter).greeting).toBe('hello');
    expect(shutdown).not.toHaveBeenCalled();
    await app.close();
    expect(shutdown).toHaveBeenCalledTimes(1);
  });
});
