import { HyeopchiConfigModule } from '@hyeopchi/config';
import { Module } from '@nestjs/common';
import { collectDefaultMetrics, register } from 'prom-client';
import { MetricsController } from './metrics.controller';

/** Serves `GET /metrics`; import it where an application is assembled. */
@Module({ imports: [HyeopchiConfigModule], controllers: [MetricsController] })
export class MetricsModule {
  constructor() {
    // the process's own figures (CPU, memory, event loop, GC): once, however many applications the process builds
    if (!register.getSingleMetric('hyeopchi_process_cpu_seconds_total')) {
      collectDefaultMetrics({ prefix: 'hyeopchi_' });
    }
  }
}
