import { DynamicModule, Inject, Injectable, Module, OnApplicationShutdown, Type } from '@nestjs/common';
import { Tracing } from './start-tracing';

const TRACING = Symbol('Tracing');

/** Sends the spans still waiting in the batch when the application stops, the last moments before a restart. */
@Injectable()
class SpansSentOnShutdown implements OnApplicationShutdown {
  constructor(@Inject(TRACING) private readonly tracing: Tracing) {}

  onApplicationShutdown(): Promise<void> {
    return this.tracing.shutdown();
  }
}

@Module({})
class TracedApplicationModule {}

/** The application's module, whose shutdown (SIGTERM, Ctrl-C, `app.close()`) also sends its last spans. */
export function tracedApplication(application: Type | DynamicModule, tracing: Tracing): DynamicModule {
  return {
    module: TracedApplicationModule,
    imports: [application],
    providers: [{ provide: TRACING, useValue: tracing }, SpansSentOnShutdown],
  };
}
