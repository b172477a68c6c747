import { loadConfiguration } from '@hyeopchi/config';
import { GatewayModule } from '@hyeopchi/gateway';
import { createPool } from '@hyeopchi/postgres';
import { COMMAND_SENDER, CommandSender } from '@hyeopchi/command-processing';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { allServices } from '@hyeopchi/platform';
import { LOCAL_POSTGRES_ADMIN_URL, freshDatabase } from '@hyeopchi/testing';
import { AddressInfo } from 'node:net';
import { describeMachine } from './machine';

/** The secret the benches' clients sign their citizens' tokens with. */
export const BENCH_SECRET = 'a-bench-secret-of-at-least-32-characters';

export interface StandaloneGateway {
  /** The GraphQL endpoint. */
  url: string;
  sender: CommandSender;
  describeMachine(): Promise<object>;
  close(): Promise<void>;
}

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
    describeMachine: async () => {
      const pool = createPool({ url: database.value, size: 1, applicationName: 'hyeopchi-bench' });
      return describeMachine(pool).finally(() => pool.end());
    },
    close: async () => {
      await app.close();
      await database.stop();
    },
  };
}
