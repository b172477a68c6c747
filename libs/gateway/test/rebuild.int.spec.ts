import { DATABASE, Database, EVENT_STORES } from '@hyeopchi/event-infrastructure';
import { loadConfiguration } from '@hyeopchi/config';
import { CONTEXTS } from '@hyeopchi/context-names';
import { EventStore } from '@hyeopchi/event-store';
import { GatewayModule, READ_MODEL_ENTITIES, rebuildReadModels } from '@hyeopchi/gateway';
import { ReadModels } from '@hyeopchi/gateway-kit';
import { COMMAND_SENDER, CommandSender } from '@hyeopchi/command-processing';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { allServices, seedDemo } from '@hyeopchi/platform';
import { Started, eventually, freshDatabase, testDatabaseUrl } from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';

/** Every row of every read model table in `schema`, as JSON, in a stable order; wall-clock columns left out. */
async function rowsOf(database: Database, readModels: ReadModels, schema: string) {
  const tables: Record<string, string[]> = {};
  for (const entity of READ_MODEL_ENTITIES) {
    const { tableName } = readModels.dataSource.getMetadata(entity);
    const { rows } = await database.pool.query<{ row: string }>(
      `SELECT (to_jsonb(t) - 'updated_at')::text AS row FROM "${schema}"."${tableName}" t ORDER BY 1`,
    );
    tables[tableName] = rows.map(({ row }) => row);
  }
  return tables;
}

describe('npx hyeopchi projections rebuild', () => {
  let database: Started<string>;
  let app: INestApplication;

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_rebuild_${randomBytes(4).toString('hex')}`);
    const config = loadConfiguration({
      DATABASE_URL: database.value,
      JWT_SECRET: 'a-rebuild-secret-of-at-least-32-chars',
    });
    app = await startInProcessForTest(allServices(config), config, new TestClock(), [
      GatewayModule.inProcess(),
    ]);
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
    await database?.stop();
  });

  it('replays every event into a fresh schema equal to the live one, row by row, and the gateway switches to it', async () => {
    await seedDemo(app.get<CommandSender>(COMMAND_SENDER));
    const platformDatabase = app.get<Database>(DATABASE);
    const stores = app.get<Map<string, EventStore>>(EVENT_STORES);
    const readModels = app.get(ReadModels);
    const live = readModels.schema;
    const total = async () => {
      const { rows } = await platformDatabase.pool.query<{ count: string }>(
        CONTEXTS.map((context) => `SELECT count(*) FROM ${context}.events`).join(' UNION ALL '),
      );
      return rows.reduce((sum, row) => sum + Number(row.count), 0);
    };
    // the live read models have caught up: each stream's projected version is its length (the process managers
    // the seed's last steps set going may still be appending, so the log is counted again each time)
    const events = await eventually(async () => {
      const { rows } = await platformDatabase.pool.query<{ sum: string }>(
        `SELECT coalesce(sum(version), 0) AS sum FROM "${live}".projected_streams`,
      );
      const logged = await total();
      expect(Number(rows[0].sum)).toBe(logged);
      return logged;
    }, 30_000);

    const progress: [number, number][] = [];
    const rebuilt = await rebuildReadModels({
      url: database.value,
      pool: platformDatabase.pool,
      stores,
      onProgress: (done, of) => progress.push([done, of]),
    });
    expect(rebuilt.events).toBe(events);
    expect(progress.at(-1)).toEqual([events, events]);
    expect(rebuilt.schema).not.toBe(live);

    const before = await rowsOf(platformDatabase, readModels, live);
    const after = await rowsOf(platformDatabase, readModels, rebuilt.schema);
    for (const table of Object.keys(before)) {
      expect({ table, rows: after[table] }).toEqual({ table, rows: before[table] });
    }
    expect(before.proposals.length).toBe(7);

    // the running gateway was told and serves the rebuilt schema
    await eventually(async () => expect(readModels.schema).toBe(rebuilt.schema), 10_000);
    const proposals = await readModels.manager.query('SELECT id FROM proposals ORDER BY id');
    expect(proposals.map((row: { id: string }) => row.id)).toEqual([
      'bike-lanes',
      'mangwon-market-rest',
      'river-cleanup',
      'school-rooftop-solar',
      'seongbuk-library-evenings',
      'shade-canopies',
      'youth-seats',
    ]);
  });
});
