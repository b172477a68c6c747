import { CONFIG, HyeopchiConfig } from '@hyeopchi/config';
import { BrokerProbe, KafkaRelay, createKafka } from '@hyeopchi/messaging';
import { Controller, Get, HttpStatus, Inject, OnModuleDestroy, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Database } from './database';
import { DATABASE, RELAYS } from './tokens';

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: { status: 'up' | 'down'; where: Database['kind'] };
  bus: 'kafka' | 'in-process';
  /** Whether the Kafka cluster answers (Kafka mode only). */
  broker: 'up' | 'down' | 'not used';
  /** Events stored but not yet acknowledged by Kafka, per context (Kafka mode only). */
  relays: { context: string; lagEvents: number | null }[];
}

@Controller('health')
export class HealthController implements OnModuleDestroy {
  private readonly broker: BrokerProbe | undefined;

  constructor(
    @Inject(CONFIG) config: HyeopchiConfig,
    @Inject(DATABASE) private readonly database: Database,
    @Inject(RELAYS) private readonly relays: KafkaRelay[],
  ) {
    this.broker =
      config.KAFKA_BROKERS &&
      new BrokerProbe(
        createKafka({ brokers: config.KAFKA_BROKERS, clientId: `${config.KAFKA_CLIENT_ID}-health` }),
      );
  }

  async onModuleDestroy(): Promise<void> {
    await this.broker?.close();
  }

  @Get()
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const databaseUp = await this.database.pool.query('SELECT 1').then(
      () => true,
      () => false,
    );
    const relays = await Promise.all(
      this.relays.map(async (relay) => {
        const lagEvents = databaseUp ? await relay.lagEvents().catch(() => undefined) : undefined;
        return { context: relay.context, lagEvents: lagEvents ?? null };
      }),
    );
    const brokerUp = await this.broker?.check();
    const healthy = databaseUp && brokerUp !== false;
    const report: HealthReport = {
      status: healthy ? 'ok' : 'degraded',
      // the data directory is the operator's to know (the start-up log says it), not an anonymous caller's
      database: { status: databaseUp ? 'up' : 'down', where: this.database.kind },
      bus: this.broker ? 'kafka' : 'in-process',
      broker: brokerUp === undefined ? 'not used' : brokerUp ? 'up' : 'down',
      relays,
    };
    response.status(healthy ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return report;
  }
}
