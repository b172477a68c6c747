import { PostgresEventStore } from '@hyeopchi/event-store';
import { startProcess, testDatabaseUrl, testPool, uniqueSchemaName } from '@hyeopchi/testing';
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const hyeopchi = (args: string[], env: Record<string, string> = {}) =>
  startProcess('node', [`${root}/bin/hyeopchi.js`, ...args], { ...process.env, ...env });

describe('npx hyeopchi', () => {
  beforeAll(() => execSync('npm run --silent build', { cwd: root, stdio: 'inherit' }));

  it('migrates the named contexts on DATABASE_URL, again and again', async () => {
    const context = uniqueSchemaName('cli').replace('_', '');
    for (let run = 0; run < 2; run++) {
      const migrate = hyeopchi(['migrate', '--contexts', context], { DATABASE_URL: testDatabaseUrl() });
      expect(await migrate.exited).toEqual({ code: 0, signal: null });
      expect(migrate.output()).toContain(`migrated ${context}`);
    }
    const pool = testPool(testDatabaseUrl(), 1);
    const store = await PostgresEventStore.open(pool, context);
    expect(await store.readStream('anything')).toEqual([]);
    const { rows } = await pool.query(`SELECT component, version FROM "${context}".schema_migrations`);
    await pool.end();
    expect(rows).toEqual([{ component: 'event-store', version: 1 }]);
  });

  it.each([
    [['migrate', '--contexts', 'Civic!'], 'expected context names separated by commas'],
    [['relay'], "required option '--contexts <names>' not specified"],
    [['no-such-command'], "unknown command 'no-such-command'"],
  ])('refuses %j with a readable message', async (args, message) => {
    const run = hyeopchi(args, { DATABASE_URL: testDatabaseUrl() });
    expect((await run.exited).code).not.toBe(0);
    expect(run.output()).toContain(message);
  });

  it('refuses to relay without KAFKA_BROKERS', async () => {
    const run = hyeopchi(['relay', '--contexts', 'civic'], {
      DATABASE_URL: testDatabaseUrl(),
      KAFKA_BROKERS: '',
    });
    expect(await run.exited).toEqual({ code: 1, signal: null });
    expect(run.output()).toContain('the relay needs KAFKA_BROKERS');
  });
});
