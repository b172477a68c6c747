import { EventEnvelope } from '@hyeopchi/messaging';
import { sampledGauge } from '@hyeopchi/observability';

const projectionLag = sampledGauge({
  name: 'hyeopchi_projection_lag_seconds',
  help: 'Seconds from the recording of the newest event a read model applied to its projection (as of its last batch).',
  labelNames: ['read_model'],
});

/**
 * How late the read models in one schema were when they last applied a batch. It does not grow while nothing
 * arrives: a projection that stops applying shows in `hyeopchi_consumer_lag_events` instead.
 */
export class ProjectionLag {
  private seconds: number | undefined;
  private readonly untrack: () => void;

  constructor(schema: string) {
    this.untrack = projectionLag.track(() =>
      this.seconds === undefined ? [] : [{ labels: { read_model: schema }, value: this.seconds }],
    );
  }

  projected(events: readonly EventEnvelope[]): void {
    if (events.length === 0) return;
    const newest = Math.max(...events.map((event) => event.recordedAt.getTime()));
    this.seconds = Math.max(0, Date.now() - newest) / 1000;
  }

  stop(): void {
    this.untrack();
  }
}
