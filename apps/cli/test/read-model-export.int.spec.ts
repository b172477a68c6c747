import { DATABASE, Database, EVENT_STORES } from '@hyeopchi/event-infrastructure';
import { loadConfiguration } from '@hyeopchi/config';
import { EventStore } from '@hyeopchi/event-store';
import { ExportFormat, GatewayModule, exportReadModel, rebuildReadModels } from '@hyeopchi/gateway';
import { COMMAND_SENDER, CommandSender } from '@hyeopchi/command-processing';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { allServices, seedDemo } from '@hyeopchi/platform';
import { Started, freshDatabase, startProcess, testDatabaseUrl } from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

describe('npx hyeopchi export --read-model proposals', () => {
  let database: Started<string>;
  let app: INestApplication;

  beforeAll(async () => {
    execSync('npm run --silent build', { cwd: root, stdio: 'inherit' });
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_export_${randomBytes(4).toString('hex')}`);
    const config = loadConfiguration({
      DATABASE_URL: database.value,
      JWT_SECRET: 'an-export-test-secret-of-32-characters',
      AUDIT_CHECKPOINT_EVERY_SECONDS: '86400',
    });
    app = await startInProcessForTest(allServices(config), config, new TestClock(), [
      GatewayModule.inProcess(),
    ]);
    await app.init();
    await seedDemo(app.get<CommandSender>(COMMAND_SENDER));
  });
  afterAll(async () => {
    await app?.close();
    await database?.stop();
  });

  const exported = async (atPosition: number, format: ExportFormat = 'ndjson') => {
    let text = '';
    await exportReadModel({
      url: database.value,
      pool: app.get<Database>(DATABASE).pool,
      stores: app.get<Map<string, EventStore>>(EVENT_STORES),
      readModel: 'proposals',
      atPosition,
      format,
      write: (chunk) => (text += chunk),
    });
    return text;
  };

  it('gives the same bytes on every run, after a rebuild of the read models, and from the CLI', async () => {
    const everything = Number.MAX_SAFE_INTEGER;
    const first = await exported(everything);
    const lines = first
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; status: string });
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.map(({ id }) => id)).toEqual(lines.map(({ id }) => id).sort());
    expect(lines[0]).not.toHaveProperty('updatedAt');

    expect(await exported(everything)).toBe(first);
    const pool = app.get<Database>(DATABASE).pool;
    await rebuildReadModels({ url: database.value, pool, stores: app.get(EVENT_STORES) });
    expect(await exported(everything)).toBe(first);

    const csv = await exported(everything, 'csv');
    const run = startProcess(
      'node',
      [
        `${root}/bin/hyeopchi.js`,
        'export',
        '--read-model',
        'proposals',
        '--at-position',
        String(everything),
        '--format',
        'csv',
      ],
      { ...process.env, DATABASE_URL: database.value },
    );
    expect(await run.exited).toEqual({ code: 0, signal: null });
    expect(run.output()).toBe(csv);
    expect(csv.split('\r\n')[0]).toMatch(/^id,title,body,/);
  });

  it('shows the history up to the position: earlier positions, fewer proposals or earlier states', async () => {
    const { rows } = await app
      .get<Database>(DATABASE)
      .pool.query<{ position: string }>(`SELECT max(global_position) AS position FROM civic.events`);
    const last = Number(rows[0].position);
    const whole = await exported(last);
    const early = await exported(Math.floor(last / 4));

    expect(early).not.toBe(whole);
    expect(early.split('\n').length).toBeLessThanOrEqual(whole.split('\n').length);
    expect(await exported(0)).toBe('');
  });

  it('refuses an unknown read model or a position that is not a number, with a readable message', async () => {
    for (const [args, message] of [
      [['--read-model', 'votes', '--at-position', '1'], "argument 'votes' is invalid"],
      [['--read-model', 'proposals', '--at-position', 'later'], 'expected a global position'],
    ] as const) {
      const run = startProcess('node', [`${root}/bin/hyeopchi.js`, 'export', ...args], {
        ...process.env,
        DATABASE_URL: database.value,
      });
      expect((await run.exited).code).not.toBe(0);
      expect(run.output()).toContain(message);
    }
  });
});
