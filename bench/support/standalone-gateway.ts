import { loadConfiguration } from '@hyeopchi/config';
import { GatewayModule } from '@hyeopchi/gateway';
import { createPool } from '@hyeopchi/postgres';
import { COMMAND_SENDER, CommandSender } from '@hyeopchi/command-processing';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { allServices } from '@hyeopchi/platform';
import { LOCAL_POSTGRES_ADMIN_URL, freshDatabase } from '@hyeopchi/testing';
import { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { caughtUp } from './followed-history';
import { describeMachine } from './machine';

/** The secret the benches' clients sign their citizens' tokens with. */
export const BENCH_SECRET = 'a-bench-secret-of-at-least-32-characters';

export interface StandaloneGateway {
  /** The GraphQL endpoint. */
  url: string;
  sender: CommandSender;
  describeMachine(): Promise<object>;
  /** Waits until the platform has followed every event written so far (process managers, read models). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/** How long a bench waits for the platform to follow what it prepared. */
const SETTLED_WITHIN_MS = 120_000;

/**
 * The platform in standalone mode on a fresh database of the local PostgreSQL server, with its gateway on a free
 * port and rate limits out of the way: what the GraphQL benches measure. `prepare` writes into the database
 * before the platform starts (a history to serve).
 */
export async function startStandaloneGateway(
  databaseName: string,
  prepare?: (databaseUrl: string) => Promise<void>,
): Promise<StandaloneGateway> {
  const database = await freshDatabase(LOCAL_POSTGRES_ADMIN_URL, databaseName);
  await prepare?.(database.value).catch(async (error: unknown) => {
    await database.stop();
    throw error;
  });
  const config = loadConfiguration({
    DATABASE_URL: database.value,
    DATABASE_POOL_SIZE: '20',
    JWT_SECRET: BENCH_SECRET,
    RATE_LIMIT_PER_MINUTE: '1000000',
    RATE_LIMIT_BURST: '1000000',
    LOG_LEVEL: 'error',
  });
  const app = await startInProcessForTest(allServices(config), config, new TestClock(), [
    GatewayModule.inProcess(),
  ]);
  await app.listen(0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`,
    sender: app.get<CommandSender>(COMMAND_SENDER),
    describeMachine: () => withPool(database.value, describeMachine),
    settled: async () => {
      await withPool(database.value, (pool) => caughtUp(pool, SETTLED_WITHIN_MS));
    },
    close: async () => {
      await app.close();
      await database.stop();
    },
  };
}

async function withPool<T>(url: string, use: (pool: Pool) => Promise<T>): Promise<T> {
  const pool = createPool({ url, size: 1, applicationName: 'hyeopchi-bench' });
  return use(pool).finally(() => pool.end());
}
