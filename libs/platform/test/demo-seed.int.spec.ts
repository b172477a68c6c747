import { DATABASE, Database } from '@hyeopchi/event-infrastructure';
import { loadConfiguration } from '@hyeopchi/config';
import { COMMAND_SENDER, CommandSender } from '@hyeopchi/command-processing';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { allServices, seedDemo } from '@hyeopchi/platform';
import { Started, freshDatabase, testDatabaseUrl } from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';

describe('seeding the demo city', () => {
  let database: Started<string>;
  let app: INestApplication;

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_demo_${randomBytes(4).toString('hex')}`);
    const config = loadConfiguration({ DATABASE_URL: database.value });
    app = await startInProcessForTest(allServices(config), config, new TestClock());
  });
  afterAll(async () => {
    await app?.close();
    await database?.stop();
  });

  it('changes nothing when seeded again at a later start, whose steps carry other times', async () => {
    const sender = app.get<CommandSender>(COMMAND_SENDER);
    // the seed's own events: process managers may still be adding theirs
    const seedEvents = async () => {
      const contexts = ['civic', 'department', 'committee', 'feedback'];
      const { rows } = await app
        .get<Database>(DATABASE)
        .pool.query<{ count: string }>(
          contexts
            .map((context) => `SELECT count(*) FROM ${context}.events WHERE metadata->>'role' <> 'system'`)
            .join(' UNION ALL '),
        );
      return rows.reduce((sum, row) => sum + Number(row.count), 0);
    };
    const firstStart = new Date();
    await seedDemo(sender, firstStart);
    const seeded = await seedEvents();

    await seedDemo(sender, new Date(firstStart.getTime() + 60 * 60 * 1000));

    expect(await seedEvents()).toBe(seeded);
  });
});
