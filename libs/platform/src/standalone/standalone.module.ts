import { EventInfrastructureModule } from '@hyeopchi/event-infrastructure';
import { HyeopchiConfig } from '@hyeopchi/config';
import { MetricsModule } from '@hyeopchi/observability';
import { CONTEXTS } from '@hyeopchi/context-names';
import { GatewayModule } from '@hyeopchi/gateway';
import { CommandProcessingModule } from '@hyeopchi/command-processing';
import { allServices } from '../services';
import { DynamicModule, Module } from '@nestjs/common';
import { DemoSeeding } from './demo-seeding';

@Module({})
class StandaloneModule {}

/** Every service in one process, commands in process: the embedded default. */
export function standaloneModule(config: HyeopchiConfig): DynamicModule {
  return {
    module: StandaloneModule,
    imports: [
      MetricsModule,
      EventInfrastructureModule.forContexts(CONTEXTS, 'hyeopchi-standalone'),
      CommandProcessingModule.forServices(allServices(config)),
      GatewayModule.inProcess(),
    ],
    providers: (config.SEED_DEMO ?? !config.DATABASE_URL) ? [DemoSeeding] : [],
  };
}
