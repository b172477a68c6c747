import { signCheckpoint, signingKeyFrom, verifierKeyFrom, verifyCheckpoint } from '@hyeopchi/audit';
import { PostgresEventStore } from '@hyeopchi/event-store';
import { TokenVerifier } from '@hyeopchi/identity';
import { event } from '@hyeopchi/event-store/testing';
import { freshDatabase, startProcess, testDatabaseUrl, testPool, uniqueSchemaName } from '@hyeopchi/testing';
import { execSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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
    expect(rows).toEqual([1, 2, 3].map((version) => ({ component: 'event-store', version })));
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

  it('rebuilds the read models with a progress report and switches to them', async () => {
    const database = await freshDatabase(testDatabaseUrl(), uniqueSchemaName('hyeopchi_cli_rebuild'));
    try {
      const pool = testPool(database.value, 1);
      const store = await PostgresEventStore.open(pool, 'civic');
      await store.appendToStream('organization-mapo', [
        event('organization.registered.v1', {
          organizationId: 'mapo',
          name: 'Mapo network',
          district: 'Mapo-gu',
          registeredBy: 'kim',
          registeredAt: '2026-05-01T09:00:00.000Z',
        }),
      ]);
      const rebuild = hyeopchi(['projections', 'rebuild'], { DATABASE_URL: database.value });
      expect(await rebuild.exited).toEqual({ code: 0, signal: null });
      expect(rebuild.output()).toContain('replaying events 100% 1/1');
      const schema = /into (read_models_\w+), now served/.exec(rebuild.output())?.[1];
      const { rows } = await pool.query(
        `SELECT a.schema, o.name FROM read_models.active a, "${schema}".organizations o`,
      );
      await pool.end();
      expect(rows).toEqual([{ schema, name: 'Mapo network' }]);
    } finally {
      await database.stop();
    }
  });

  it('generates a checkpoint signing key pair once, and refuses to overwrite it', async () => {
    const out = await mkdtemp(join(tmpdir(), 'hyeopchi-keys-'));
    try {
      const generate = () => hyeopchi(['keys', 'generate', '--out', out]);
      const first = generate();
      expect(await first.exited).toEqual({ code: 0, signal: null });
      const note = signCheckpoint(
        { origin: 'test', treeSize: 1, rootHash: Buffer.alloc(32), time: new Date() },
        signingKeyFrom('test', await readFile(join(out, 'checkpoint-signing.key'), 'utf8')),
      );
      const verifier = verifierKeyFrom('test', await readFile(join(out, 'checkpoint-signing.pub'), 'utf8'));
      expect(verifyCheckpoint(note, verifier)).toMatchObject({ ok: true });
      expect((await stat(join(out, 'checkpoint-signing.key'))).mode & 0o777).toBe(0o600);
      const again = generate();
      expect((await again.exited).code).not.toBe(0);
      expect(again.output()).toContain('exists: move it away first');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('prints a development token that the platform verifier accepts', async () => {
    const secret = 'a-cli-test-secret-of-at-least-thirty-two-characters';
    const run = hyeopchi(['token', '--sub', 'kim', '--role', 'cso_member', '--org', 'mapo', '--hours', '1'], {
      JWT_SECRET: secret,
    });
    expect(await run.exited).toEqual({ code: 0, signal: null });
    const verifier = new TokenVerifier(
      { algorithm: 'HS256', secret },
      { issuer: 'hyeopchi', audience: 'hyeopchi', maxLifetimeHours: 720 },
    );
    expect(await verifier.verify(run.output().trim())).toEqual({
      subject: 'kim',
      roles: ['cso_member'],
      organizations: ['mapo'],
      departments: [],
      onCommittee: false,
    });
  });

  it.each([
    [['token', '--sub', 'kim', '--role', 'mayor'], 'expected one of citizen, cso_member'],
    [['token', '--sub', 'kim lee', '--role', 'citizen'], 'not an identity a token can carry: sub'],
    [['token', '--role', 'citizen'], "required option '--sub <id>' not specified"],
    [['token', '--sub', 'kim', '--role', 'citizen', '--hours', '721'], '--hours: at most 720'],
  ])('refuses the token %j with a readable message', async (args, message) => {
    const run = hyeopchi(args, { JWT_SECRET: 'a-cli-test-secret-of-at-least-thirty-two-characters' });
    expect(await run.exited).toEqual({ code: 1, signal: null });
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
