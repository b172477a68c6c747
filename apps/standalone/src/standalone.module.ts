import { BackboneModule } from '@hyeopchi/backbone';
import { CONTEXTS } from '@hyeopchi/contracts';
import { Module } from '@nestjs/common';

/** Every context in one process: the embedded default, and the place later issues add the services to. */
@Module({
  imports: [BackboneModule.forContexts(CONTEXTS, 'hyeopchi-standalone')],
})
export class StandaloneModule {}
