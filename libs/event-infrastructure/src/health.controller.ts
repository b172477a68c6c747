import { KafkaRelay } from '@hyeopchi/messaging';
import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { HealthCheckResult, HealthCheckService, HealthIndicatorResult } from '@nestjs/terminus';
import type { Response } from 'express';
import { Database } from './database';
import { Readiness } from './readiness';
import { DATABASE, RELAYS } from './tokens';

export interface HealthReport {
  /** `ok` exactly when GET /health/ready answers 200. */
  status: 'ok' | 'degraded';
  database: { status: 'up' | 'down'; where: Database['kind'] };
  /** Schema changes under way in this process; readiness waits for them. */
  migrations: 'done' | 'running';
  bus: 'kafka' | 'in-process';
  /** Whether the Kafka cluster answers (Kafka mode only); the gateway's readiness does not wait on it. */
  broker: 'up' | 'down' | 'not used';
  /** Events stored but not yet acknowledged by Kafka, per context (Kafka mode only). */
  relays: { context: string; lagEvents: number | null }[];
}

/**
 * `GET /health/live`: the process answers (restart it when not). `GET /health/ready`: it can do its work (send it
 * traffic only then), 503 with the failing checks otherwise. `GET /health`: the detailed report for people.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly readiness: Readiness,
    @Inject(DATABASE) private readonly database: Database,
    @Inject(RELAYS) private readonly relays: KafkaRelay[],
  ) {}

  @Get('live')
  live(): Promise<HealthCheckResult> {
    // answering at all is the proof: the event loop turns; dependencies are readiness's business
    return this.health.check([]);
  }

  @Get('ready')
  ready(): Promise<HealthCheckResult> {
    return this.health.check(this.readiness.checks());
  }

  @Get()
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const [required, reported] = await Promise.all(
      [this.readiness.checks(), this.readiness.reportedOnly()].map((checks) =>
        Promise.all(checks.map((check) => check())),
      ),
    );
    const checked: HealthIndicatorResult = Object.assign({}, ...required, ...reported);
    const up = (key: string) => checked[key]?.status === 'up';
    const ready = required.every((result) => Object.keys(result).every(up));
    const relays = await Promise.all(
      this.relays.map(async (relay) => {
        const lagEvents = up('database') ? await relay.lagEvents().catch(() => undefined) : undefined;
        return { context: relay.context, lagEvents: lagEvents ?? null };
      }),
    );
    response.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: ready ? 'ok' : 'degraded',
      // the data directory is the operator's to know (the start-up log says it), not an anonymous caller's
      database: { status: up('database') ? 'up' : 'down', where: this.database.kind },
      migrations: up('migrations') ? 'done' : 'running',
      bus: checked.broker ? 'kafka' : 'in-process',
      broker: checked.broker ? (up('broker') ? 'up' : 'down') : 'not used',
      relays,
    };
  }
}
