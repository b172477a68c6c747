import { expectedEventHashHex, publicKeyFileOf, readSigningKey, writeSigningKeys } from '@hyeopchi/audit';
import { domainChecks, exportAudit, verifyExport } from '@hyeopchi/audit-verifier';
import { COMMAND_SENDER, CommandSender } from '@hyeopchi/command-processing';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { loadConfiguration } from '@hyeopchi/config';
import { CONTEXTS } from '@hyeopchi/context-names';
import {
  AuditLog,
  BEGINNING_OF_LOG,
  BackupError,
  BackupManifest,
  EventStore,
  PostgresEventStore,
  UpcastingEventStore,
  backupEventLogs,
  restoreEventLogs,
} from '@hyeopchi/event-store';
import { event } from '@hyeopchi/event-store/testing';
import { revisionsOf } from '@hyeopchi/event-revisions';
import { exportReadModel } from '@hyeopchi/gateway';
import { allServices, seedDemo } from '@hyeopchi/platform';
import { Started, freshDatabase, startProcess, testDatabaseUrl } from '@hyeopchi/testing';
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Pool } from 'pg';
import { gunzipSync, gzipSync } from 'node:zlib';

const root = resolve(__dirname, '../../..');
const ORIGIN = 'city.example';

/** The demo city backed up and restored, then what a backup must refuse: every way a file or a target fails. */
describe('npx hyeopchi backup / restore', () => {
  const databases: Started<string>[] = [];
  const pools: Pool[] = [];
  let source: Pool;
  let work: string;
  let env: Record<string, string>;
  let backup: string;
  let manifest: BackupManifest;

  const database = async (purpose: string) => {
    const started = await freshDatabase(
      testDatabaseUrl(),
      `hyeopchi_${purpose}_${randomBytes(4).toString('hex')}`,
    );
    databases.push(started);
    const pool = new Pool({ connectionString: started.value, max: 4 });
    pools.push(pool);
    return { url: started.value, pool };
  };

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'hyeopchi-backup-'));
    const { url, pool } = await database('backup_source');
    source = pool;
    env = {
      DATABASE_URL: url,
      AUDIT_SIGNING_KEY_FILE: join(work, 'keys/checkpoint-signing.key'),
      AUDIT_ORIGIN: ORIGIN,
      AUDIT_CHECKPOINT_EVERY_SECONDS: '86400',
      JWT_SECRET: 'a-backup-test-secret-of-32-characters',
    };
    await writeSigningKeys(env.AUDIT_SIGNING_KEY_FILE);
    const config = loadConfiguration(env);
    const app = await startInProcessForTest(allServices(config), config, new TestClock());
    await seedDemo(app.get<CommandSender>(COMMAND_SENDER));
    // stopped, so that what the test compares stays still; the CLI's test backs up under appends
    await app.close();
    // every log signed, civic twice with events between, and an event after the last signature
    for (const context of CONTEXTS) await sign(source, context);
    await (await PostgresEventStore.open(source, 'civic')).appendToStream('backup-extra', [event()]);
    await commitOutOfPositionOrder(source);
    await sign(source, 'civic');
    await (await PostgresEventStore.open(source, 'civic')).appendToStream('backup-tail', [event()]);

    backup = join(work, 'city.backup.gz');
    manifest = await backupEventLogs({ pool: source, contexts: CONTEXTS, out: backup, now: new Date() });
  }, 300_000);
  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.end()));
    for (const started of databases) await started.stop();
    await rm(work, { recursive: true, force: true });
  });

  /**
   * An event whose transaction took its position before another's and committed after it, as concurrent appends
   * do: the tree's order (commit order) is then not the positions' order, and a restore must keep it.
   */
  async function commitOutOfPositionOrder(pool: Pool) {
    const slow = await pool.connect();
    try {
      await slow.query('BEGIN');
      const { rows } = await slow.query<{ position: string }>(
        `SELECT nextval('civic.events_global_position_seq') AS position`,
      );
      await (await PostgresEventStore.open(pool, 'civic')).appendToStream('overtaking', [event()]);
      const { eventId, type, data } = event();
      const record = {
        streamId: 'overtaken',
        streamVersion: 1,
        globalPosition: Number(rows[0].position),
        eventId,
        type,
        schemaVersion: 1,
        data,
        metadata: {},
        recordedAt: '2026-12-06T10:00:00.123456Z',
      };
      await slow.query(
        `INSERT INTO civic.events (global_position, stream_id, stream_version, event_id, event_type, schema_version,
           data, metadata, recorded_at, hash) OVERRIDING SYSTEM VALUE
         VALUES ($1, $2, 1, $3, $4, 1, $5, '{}', $6, decode($7, 'hex'))`,
        [
          record.globalPosition,
          record.streamId,
          eventId,
          type,
          JSON.stringify(data),
          record.recordedAt,
          expectedEventHashHex(record, null),
        ],
      );
      await slow.query('COMMIT');
    } finally {
      slow.release();
    }
  }

  async function sign(pool: Pool, context: string) {
    const key = (await readSigningKey(env.AUDIT_SIGNING_KEY_FILE, 'hyeopchi'))!;
    await (await AuditLog.open(pool, context)).checkpoint(`${ORIGIN}/${context}`, key, new Date());
  }

  it('describes every log in its manifest: events, last positions, latest signed checkpoint, checksum', async () => {
    expect(manifest.contexts.map(({ name }) => name)).toEqual([...CONTEXTS]);
    for (const log of manifest.contexts) {
      const { rows } = await source.query<{ events: string; last: string | null }>(
        `SELECT count(*) AS events, max(global_position) AS last FROM ${log.name}.events`,
      );
      expect(log.events).toBe(Number(rows[0].events));
      expect(log.lastGlobalPosition).toBe(rows[0].last === null ? null : Number(rows[0].last));
      const latest = await (await AuditLog.open(source, log.name)).latestCheckpoint();
      expect(log.latestSignedCheckpoint?.signedNote).toBe(latest?.signedNote);
    }
    const civic = manifest.contexts.find(({ name }) => name === 'civic')!;
    expect(civic.signedCheckpoints).toBe(2);
    expect(civic.latestSignedCheckpoint!.treeSize).toBe(civic.events - 1);
    const lines = gunzipSync(await readFile(backup))
      .toString('utf8')
      .split('\n');
    expect(manifest.sha256).toBe(
      createHash('sha256')
        .update(
          lines
            .slice(0, -2)
            .map((line) => `${line}\n`)
            .join(''),
        )
        .digest('hex'),
    );
  });

  it('restores a store that passes audit verify and rebuilds the same read models, and takes new appends after it', async () => {
    const target = await database('backup_restored');
    const restored = await restoreEventLogs({ pool: target.pool, from: backup, contexts: CONTEXTS });
    expect(restored).toEqual(manifest);

    let followedInSource = 0;
    for (const context of CONTEXTS) {
      // the same rows in the same tree order: ids, versions, positions, times and hashes
      expect(await eventRows(target.pool, context)).toEqual(await eventRows(source, context));
      expect(await signedCheckpoints(target.pool, context)).toEqual(await signedCheckpoints(source, context));
      // followers start from the beginning, and the global log reads the same: its transaction ids are this
      // server's past, below every reader's horizon, in the same order
      followedInSource += await followerCount(source, context);
      expect(await followerCount(target.pool, context)).toBe(0);
      expect(await globalLog(target.pool, context)).toEqual(await globalLog(source, context));
    }
    expect(followedInSource).toBeGreaterThan(0);

    const exported = join(work, 'restored-audit');
    await exportAudit({
      pool: target.pool,
      out: exported,
      services: CONTEXTS,
      origin: (service) => `${ORIGIN}/${service}`,
      keyName: 'hyeopchi',
      publicKeyFile: publicKeyFileOf(env.AUDIT_SIGNING_KEY_FILE),
    });
    const verified = await verifyExport({
      dir: exported,
      checks: [domainChecks()],
      acceptUnsignedTail: true,
    });
    expect(verified).toMatchObject({ ok: true, unsigned: 1 });
    expect(verified.ok && verified.checkpoints).toBe(CONTEXTS.length + 1);

    const civicOrder = (await eventRows(target.pool, 'civic')).map(({ stream_id }) => stream_id as string);
    expect(civicOrder.indexOf('overtaken')).toBe(civicOrder.indexOf('overtaking') + 1);
    const proposals = await proposalsOf(target);
    expect(proposals.split('\n').length).toBeGreaterThan(3);
    expect(proposals).toBe(await proposalsOf({ url: databases[0].value, pool: source }));

    const civic = await PostgresEventStore.open(target.pool, 'civic');
    const { lastGlobalPosition: globalPosition } = await civic.appendToStream('after-restore', [event()]);
    expect(globalPosition).toBe(
      manifest.contexts.find(({ name }) => name === 'civic')!.lastGlobalPosition! + 1,
    );
    expect((await globalLog(target.pool, 'civic')).at(-1)).toBe('after-restore');
    await sign(target.pool, 'civic');
    expect((await (await AuditLog.open(target.pool, 'civic')).latestCheckpoint())?.treeSize).toBe(
      manifest.contexts.find(({ name }) => name === 'civic')!.events + 1,
    );
  });

  it('refuses a target that already holds a log, restoring twice included, and writes nothing', async () => {
    const target = await database('backup_twice');
    await restoreEventLogs({ pool: target.pool, from: backup, contexts: CONTEXTS });
    const before = await eventRows(target.pool, 'civic');
    await expect(
      restoreEventLogs({ pool: target.pool, from: backup, contexts: CONTEXTS }),
    ).rejects.toMatchObject({ code: 'RESTORE_TARGET_NOT_EMPTY', message: expect.stringContaining('civic') });
    expect(await eventRows(target.pool, 'civic')).toEqual(before);

    const other = await database('backup_nonempty');
    await (await PostgresEventStore.open(other.pool, 'feedback')).appendToStream('already-here', [event()]);
    await expect(
      restoreEventLogs({ pool: other.pool, from: backup, contexts: CONTEXTS }),
    ).rejects.toMatchObject({
      code: 'RESTORE_TARGET_NOT_EMPTY',
      message: expect.stringContaining('feedback'),
    });
    expect(await eventCount(other.pool, 'civic')).toBe(0);
  });

  describe('refuses a damaged backup and leaves the target empty', () => {
    let target: { url: string; pool: Pool };
    beforeAll(async () => {
      target = await database('backup_refused');
    });
    afterEach(async () => {
      for (const context of CONTEXTS) expect(await eventCount(target.pool, context)).toBe(0);
    });

    const restoreAltered = async (bytes: Buffer) => {
      const path = join(work, `altered-${randomBytes(4).toString('hex')}.gz`);
      await writeFile(path, bytes);
      return restoreEventLogs({ pool: target.pool, from: path, contexts: CONTEXTS }).then(
        () => undefined,
        (error: unknown) => error,
      );
    };
    const lines = async () =>
      gunzipSync(await readFile(backup))
        .toString('utf8')
        .split('\n')
        .slice(0, -1);
    /** The lines changed by `change`, and the manifest made to agree, as someone who knows the format would. */
    const rewritten = (
      all: string[],
      change: (body: string[]) => string[],
      adjust?: (m: BackupManifest) => void,
    ) => {
      const body = change(all.slice(0, -1));
      const altered = JSON.parse(all.at(-1)!) as BackupManifest;
      adjust?.(altered);
      altered.sha256 = createHash('sha256')
        .update(body.map((line) => `${line}\n`).join(''))
        .digest('hex');
      return gzipSync(`${[...body, JSON.stringify(altered)].join('\n')}\n`);
    };
    const civicEventIndex = (all: string[]) =>
      all.findIndex((line) => line.includes('"streamId":"backup-extra"'));

    it('a truncated file', async () => {
      const bytes = await readFile(backup);
      expect(await restoreAltered(bytes.subarray(0, Math.floor(bytes.length / 2)))).toMatchObject({
        code: 'BACKUP_TRUNCATED',
      });
      // whole compressed lines, cut before the manifest
      const all = await lines();
      expect(await restoreAltered(gzipSync(`${all.slice(0, -3).join('\n')}\n`))).toMatchObject({
        code: 'BACKUP_TRUNCATED',
      });
    });

    it('content altered after it was written: the checksum', async () => {
      const all = await lines();
      const index = civicEventIndex(all);
      all[index] = all[index].replace('"at":0.', '"at":1.');
      expect(await restoreAltered(gzipSync(`${all.join('\n')}\n`))).toBeInstanceOf(BackupError);
      expect(await restoreAltered(gzipSync(`${all.join('\n')}\n`))).toMatchObject({
        code: 'BACKUP_CHECKSUM_MISMATCH',
      });
    });

    it('content altered with the checksum made to agree: the event hashes and the signed checkpoints', async () => {
      const all = await lines();
      const index = civicEventIndex(all);
      const altered = rewritten(all, (body) =>
        body.map((line, at) => (at === index ? line.replace('"at":0.', '"at":1.') : line)),
      );
      expect(await restoreAltered(altered)).toMatchObject({
        code: 'BACKUP_CORRUPT',
        message: expect.stringContaining('hash does not hold'),
      });

      // a signed event withheld, and the manifest's count made to agree
      const withheld = rewritten(
        all,
        (body) => body.filter((_, at) => at !== index),
        (changed) => {
          changed.contexts.find(({ name }) => name === 'civic')!.events -= 1;
        },
      );
      expect(await restoreAltered(withheld)).toMatchObject({ code: 'BACKUP_INCONSISTENT' });
    });

    it('a file changed between its checks and the writes: everything written so far is undone', async () => {
      const all = await lines();
      const lastEvent = all.length - 2;
      expect(all[lastEvent]).toMatch(/^\{"data":/);
      const altered = rewritten(all, (body) =>
        body.map((line, at) =>
          at === lastEvent ? line.replace('"data":{', '"data":{"forged":true,') : line,
        ),
      );
      const path = join(work, 'swapped.backup.gz');
      await writeFile(path, await readFile(backup));
      let written = -1;
      const refused = await restoreEventLogs({
        pool: target.pool,
        from: path,
        contexts: CONTEXTS,
        onChecked: () => writeFileSync(path, altered),
        onProgress: (context) => (written = Math.max(written, CONTEXTS.indexOf(context as never))),
      }).catch((error: unknown) => error);
      expect(refused).toMatchObject({ code: 'BACKUP_CORRUPT' });
      // the logs before the altered line were inserted, then rolled back with it (afterEach: all empty)
      expect(written).toBeGreaterThan(0);
    });

    it('a file replaced by another whole backup between its checks and the writes', async () => {
      const other = await database('backup_other');
      await (await PostgresEventStore.open(other.pool, 'civic')).appendToStream('elsewhere', [event()]);
      const otherBackup = join(work, 'other.backup.gz');
      await backupEventLogs({ pool: other.pool, contexts: CONTEXTS, out: otherBackup, now: new Date() });
      const path = join(work, 'replaced.backup.gz');
      await writeFile(path, await readFile(backup));
      const refused = await restoreEventLogs({
        pool: target.pool,
        from: path,
        contexts: CONTEXTS,
        onChecked: () => writeFileSync(path, readFileSync(otherBackup)),
      }).catch((error: unknown) => error);
      expect(refused).toMatchObject({ code: 'BACKUP_CHECKSUM_MISMATCH' });
    });

    it('a file that is not a backup, or of an unknown format', async () => {
      expect(await restoreAltered(Buffer.from('not gzip at all'))).toMatchObject({ code: 'BACKUP_CORRUPT' });
      const all = await lines();
      const header = JSON.parse(all[0]) as { format: string };
      expect(
        await restoreAltered(
          rewritten(all, (body) => [
            JSON.stringify({ ...header, format: 'hyeopchi-backup/9' }),
            ...body.slice(1),
          ]),
        ),
      ).toMatchObject({ code: 'BACKUP_FORMAT_UNKNOWN' });
    });
  });

  it('runs from the CLI: backup of a running platform, restore, audit verify', async () => {
    execSync('npm run --silent build:server', { cwd: root, stdio: 'inherit' });
    const hyeopchi = async (args: string[], extra: Record<string, string>) => {
      const run = startProcess('node', [`${root}/bin/hyeopchi.js`, ...args], {
        ...process.env,
        ...env,
        ...extra,
      });
      return { exit: (await run.exited).code, output: run.output() };
    };
    const civic = await PostgresEventStore.open(source, 'civic');
    let appending = true;
    const appends = (async () => {
      for (let i = 0; appending; i++) await civic.appendToStream(`during-backup-${i % 7}`, [event()]);
    })();
    const file = join(work, 'cli.backup.gz');
    const backedUp = await hyeopchi(['backup', '--out', file], {});
    appending = false;
    await appends;
    expect(backedUp).toMatchObject({ exit: 0, output: expect.stringMatching(/backed up \d+ events to/) });

    const target = await database('backup_cli');
    const restored = await hyeopchi(['restore', '--from', file], { DATABASE_URL: target.url });
    expect(restored).toMatchObject({ exit: 0, output: expect.stringMatching(/restored \d+ events/) });
    await sign(target.pool, 'civic');
    const exported = join(work, 'cli-audit');
    expect(
      await hyeopchi(['audit', 'export', '--out', exported], { DATABASE_URL: target.url }),
    ).toMatchObject({
      exit: 0,
    });
    expect(await hyeopchi(['audit', 'verify', exported], {})).toMatchObject({
      exit: 0,
      output: expect.stringMatching(/OK: \d+ events/),
    });
    const again = await hyeopchi(['restore', '--from', file], { DATABASE_URL: target.url });
    expect(again.exit).not.toBe(0);
    expect(again.output).toContain('restore only into an empty database');
  }, 300_000);
});

const eventRows = async (pool: Pool, context: string) =>
  (
    await pool.query(
      `SELECT global_position, stream_id, stream_version, event_id, event_type, schema_version, data, metadata,
              recorded_at::text AS recorded_at, encode(hash, 'hex') AS hash
       FROM ${context}.events ORDER BY transaction_id, global_position`,
    )
  ).rows;

const eventCount = async (pool: Pool, context: string) =>
  Number(
    (
      await pool.query<{ count: string }>(
        `SELECT count(*) FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'events'`,
        [context],
      )
    ).rows[0].count === '0'
      ? 0
      : (await pool.query<{ count: string }>(`SELECT count(*) FROM ${context}.events`)).rows[0].count,
  );

const signedCheckpoints = async (pool: Pool, context: string) =>
  (
    await pool.query(
      `SELECT tree_size, encode(root_hash, 'hex') AS root, signed_note, global_position, frontier, signed_at::text
       FROM ${context}.signed_checkpoints ORDER BY tree_size`,
    )
  ).rows;

/** The streams of the events a follower gets, from the beginning, as the store's global read gives them. */
async function globalLog(pool: Pool, context: string): Promise<string[]> {
  const store = await PostgresEventStore.open(pool, context);
  const { events } = await store.readAll(BEGINNING_OF_LOG, 100_000);
  return events.map(({ streamId }) => streamId);
}

const followerCount = async (pool: Pool, context: string) =>
  Number((await pool.query<{ count: string }>(`SELECT count(*) FROM ${context}.checkpoints`)).rows[0].count);

async function proposalsOf({ url, pool }: { url: string; pool: Pool }): Promise<string> {
  const stores = new Map<string, EventStore>();
  for (const context of CONTEXTS) {
    stores.set(
      context,
      new UpcastingEventStore(await PostgresEventStore.open(pool, context), revisionsOf(context)),
    );
  }
  let text = '';
  await exportReadModel({
    url,
    pool,
    stores,
    readModel: 'proposals',
    atPosition: Number.MAX_SAFE_INTEGER,
    format: 'ndjson',
    write: (chunk) => (text += chunk),
  });
  return text;
}
