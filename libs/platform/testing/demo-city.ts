import { loadConfiguration } from '@hyeopchi/config';
import { GatewayModule } from '@hyeopchi/gateway';
import { COMMAND_SENDER, CommandSender } from '@hyeopchi/command-processing';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { allServices, seedDemo } from '@hyeopchi/platform';
import { LOCAL_POSTGRES_ADMIN_URL, freshDatabase } from '@hyeopchi/testing';
import { AddressInfo } from 'node:net';

/** The demo city running in this process, served on localhost. */
export interface DemoCity {
  origin: string;
  sender: CommandSender;
  databaseUrl: string;
  stop: () => Promise<void>;
}

/**
 * Every service and the gateway in this process on a fresh database (`databaseName`), served on a free port of
 * localhost, with the demo seeded. `settings` add to the configuration.
 */
export async function startDemoCity(
  databaseName: string,
  settings: Record<string, string> = {},
): Promise<DemoCity> {
  const database = await freshDatabase(LOCAL_POSTGRES_ADMIN_URL, databaseName);
  const config = loadConfiguration({ DATABASE_URL: database.value, LOG_LEVEL: 'error', ...settings });
  const app = await startInProcessForTest(allServices(config), config, new TestClock(), [
    GatewayModule.inProcess(),
  ]);
  const stop = async () => {
    await app.close();
    await database.stop();
  };
  try {
    await app.listen(0, '127.0.0.1');
    const origin = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const sender = app.get<CommandSender>(COMMAND_SENDER);
    await seedDemo(sender);
    return { origin, sender, databaseUrl: database.value, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
