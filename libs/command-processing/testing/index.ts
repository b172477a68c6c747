import { EventInfrastructureModule } from '@hyeopchi/event-infrastructure';
import { CONFIG, HyeopchiConfig } from '@hyeopchi/config';
import { CONTEXTS } from '@hyeopchi/context-names';
import {
  CLOCK,
  Clock,
  ServiceDefinition,
  CommandProcessingModule,
  serviceApplicationModule,
  startServiceApplication,
} from '@hyeopchi/command-processing';
import { DynamicModule, INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';

/** The system clock shifted by what a test moved it forward: deadlines pass without waiting for them. */
export class TestClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advanceDays(days: number): void {
    this.offsetMs += days * 24 * 60 * 60 * 1000;
  }
}

/** A Nest application of `module` on the given configuration and clock, not yet listening. */
export async function createApplicationForTest(
  module: DynamicModule,
  config: HyeopchiConfig,
  clock: Clock,
): Promise<INestApplication> {
  const testingModule = await Test.createTestingModule({ imports: [module] })
    .overrideProvider(CONFIG)
    .useValue(config)
    .overrideProvider(CLOCK)
    .useValue(clock)
    .compile();
  // as the applications do: the gateway reads its bodies itself, and no service takes any
  return testingModule.createNestApplication({ logger: ['error', 'warn'], bodyParser: false });
}

/** One service as its own Nest application, on the configured database and Kafka, answering its command topic. */
export async function startServiceForTest(
  service: ServiceDefinition,
  config: HyeopchiConfig,
  clock: Clock,
): Promise<INestApplication> {
  const app = await createApplicationForTest(serviceApplicationModule(service), config, clock);
  await startServiceApplication(app, service, config);
  return app;
}

/** Services in one process on the in-process bus, as standalone mode runs them; commands go to its dispatcher. */
export async function startInProcessForTest(
  services: readonly ServiceDefinition[],
  config: HyeopchiConfig,
  clock: Clock,
  /** More modules of the same process, e.g. the gateway. */
  imports: DynamicModule['imports'] = [],
): Promise<INestApplication> {
  const module: DynamicModule = {
    module: class InProcessServices {},
    imports: [
      // the in-process bus reads every context's log directly, also those of services not run here
      EventInfrastructureModule.forContexts(CONTEXTS, 'hyeopchi-tests'),
      CommandProcessingModule.forServices(services),
      ...imports,
    ],
  };
  const app = await createApplicationForTest(module, { ...config, KAFKA_BROKERS: undefined }, clock);
  await app.init();
  return app;
}
