import { migrationsUnderWay } from '@hyeopchi/postgres';
import { BrokerProbe, KafkaRelay } from '@hyeopchi/messaging';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorFunction, HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { Database } from './database';
import { Leadership } from './leadership';
import { BROKER_GATES_READINESS, BROKER_PROBE, DATABASE, RELAY_LEADERSHIPS, RELAYS } from './tokens';

const DATABASE_PROBE_TIMEOUT_MS = 3_000;
const logger = new Logger('Readiness');

/**
 * What this process needs to do its work: it is not stopping, the database answers, its schemas are migrated, the
 * Kafka cluster answers (Kafka mode, for a process that owns contexts), and each relay either runs here or waits
 * for another replica that runs it.
 */
@Injectable()
export class Readiness implements OnModuleDestroy {
  private stopping = false;

  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(DATABASE) private readonly database: Database,
    @Inject(RELAYS) private readonly relays: KafkaRelay[],
    @Inject(RELAY_LEADERSHIPS) private readonly leaderships: Leadership[],
    /** Null without Kafka. */
    @Inject(BROKER_PROBE) private readonly broker: BrokerProbe | null,
    @Inject(BROKER_GATES_READINESS) private readonly brokerGatesReadiness: boolean,
  ) {}

  /** Shutdown has begun: the load balancer takes this instance out while it finishes what it has. */
  onModuleDestroy(): void {
    this.stopping = true;
  }

  /** What GET /health/ready requires. */
  checks(): HealthIndicatorFunction[] {
    return [
      () => this.notStopping(),
      () => this.databaseAnswers(),
      () => this.migrationsDone(),
      ...(this.brokerGatesReadiness ? this.brokerCheck() : []),
      () => this.relaysRunning(),
    ];
  }

  /** What GET /health reports beside them: the Kafka cluster, where readiness does not wait on it. */
  reportedOnly(): HealthIndicatorFunction[] {
    return this.brokerGatesReadiness ? [] : this.brokerCheck();
  }

  notStopping(): HealthIndicatorResult {
    const check = this.indicators.check('shutdown');
    return this.stopping ? check.down({ message: 'stopping' }) : check.up();
  }

  private brokerCheck(): HealthIndicatorFunction[] {
    const broker = this.broker;
    return broker ? [() => this.brokerAnswers(broker)] : [];
  }

  async databaseAnswers(): Promise<HealthIndicatorResult> {
    const check = this.indicators.check('database');
    const failure = await answersWithin(this.database.pool.query('SELECT 1'), DATABASE_PROBE_TIMEOUT_MS);
    if (!failure) return check.up({ where: this.database.kind });
    // the cause names hosts and databases: the operator's to read, not an anonymous caller's
    logger.warn(`the database does not answer: ${failure}`);
    return check.down({ message: 'the database does not answer' });
  }

  migrationsDone(): HealthIndicatorResult {
    const check = this.indicators.check('migrations');
    const running = migrationsUnderWay().map(({ schema, component }) => `${schema} (${component})`);
    return running.length > 0 ? check.down({ message: 'migrations running', running }) : check.up();
  }

  async brokerAnswers(broker: BrokerProbe): Promise<HealthIndicatorResult> {
    const check = this.indicators.check('broker');
    return (await broker.check()) ? check.up() : check.down({ message: 'the Kafka cluster does not answer' });
  }

  relaysRunning(): HealthIndicatorResult {
    const check = this.indicators.check('relays');
    const roles = Object.fromEntries(
      this.relays.map((relay, i) => [relay.context, roleOf(this.leaderships[i])]),
    );
    const stopped = Object.entries(roles).filter(([, role]) => role === 'stopped');
    return stopped.length > 0
      ? check.down({ message: `relay stopped: ${stopped.map(([context]) => context).join(', ')}`, ...roles })
      : check.up(roles);
  }
}

function roleOf(leadership: Leadership): 'leading' | 'standing by' | 'stopped' {
  if (!leadership.isActive) return 'stopped';
  return leadership.isLeading ? 'leading' : 'standing by';
}

/** Null when `query` answered in time, else why not. */
async function answersWithin(query: Promise<unknown>, timeoutMs: number): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${timeoutMs} ms`), timeoutMs);
  });
  try {
    return await Promise.race([
      query.then(
        () => null,
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
