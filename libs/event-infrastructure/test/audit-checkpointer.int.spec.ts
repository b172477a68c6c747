import { verifierKeyFrom, verifyCheckpoint } from '@hyeopchi/audit';
import { AuditCheckpointer } from '@hyeopchi/event-infrastructure';
import { loadConfiguration } from '@hyeopchi/config';
import { AuditLog, EventStore, PostgresEventStore } from '@hyeopchi/event-store';
import { event } from '@hyeopchi/event-store/testing';
import { eventually, testDatabaseUrl, testPool, uniqueSchemaName } from '@hyeopchi/testing';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { register } from 'prom-client';

describe('the audit checkpointer', () => {
  let pool: Pool;
  let keys: string;
  beforeAll(async () => {
    pool = testPool(testDatabaseUrl(), 5);
    keys = await mkdtemp(join(tmpdir(), 'hyeopchi-keys-'));
  });
  afterAll(async () => {
    await pool.end();
    await rm(keys, { recursive: true, force: true });
  });

  const configured = (keyFile: string) =>
    loadConfiguration({
      AUDIT_SIGNING_KEY_FILE: keyFile,
      AUDIT_ORIGIN: 'city.example',
      AUDIT_CHECKPOINT_EVERY_EVENTS: '5',
      AUDIT_CHECKPOINT_EVERY_SECONDS: '3600',
    });

  it('signs once N events wait, and what waits on shutdown, with a development key it makes once', async () => {
    const context = uniqueSchemaName('civic');
    const store = await PostgresEventStore.open(pool, context);
    const keyFile = join(keys, 'checkpoint-signing.key');
    const checkpointer = await AuditCheckpointer.start(
      configured(keyFile),
      pool,
      new Map<string, EventStore>([[context, store]]),
    );
    const log = await AuditLog.open(pool, context);

    await store.appendToStream('s', [event(), event(), event()]);
    await store.appendToStream('t', [event(), event()]);
    await eventually(async () => expect((await log.latestCheckpoint())?.treeSize).toBe(5), 5_000);
    await store.appendToStream('s', [event(), event()]);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await log.latestCheckpoint())?.treeSize).toBe(5);

    await checkpointer.stop();
    const checkpoints = await log.checkpoints();
    expect(checkpoints.map(({ treeSize }) => treeSize)).toEqual([5, 7]);
    const key = verifierKeyFrom('hyeopchi', await readFile(join(keys, 'checkpoint-signing.pub'), 'utf8'));
    const verdict = verifyCheckpoint(checkpoints[1].signedNote, key);
    expect(verdict.ok && verdict.checkpoint.origin).toBe(`city.example/${context}`);
  });

  it('tells how long events have waited for a signature, growing until they are signed', async () => {
    const context = uniqueSchemaName('civic');
    const store = await PostgresEventStore.open(pool, context);
    const checkpointer = await AuditCheckpointer.start(
      configured(join(keys, 'checkpoint-signing.key')),
      pool,
      new Map<string, EventStore>([[context, store]]),
    );
    const age = async () => {
      const { values } = await register.getSingleMetric('hyeopchi_checkpoint_age_seconds')!.get();
      return values.find(({ labels }) => labels.context === context)?.value;
    };
    expect(await age()).toBe(0);

    // fewer than AUDIT_CHECKPOINT_EVERY_EVENTS, well within AUDIT_CHECKPOINT_EVERY_SECONDS: nothing signs them yet
    await store.appendToStream('s', [event(), event()]);
    const waited = await eventually(async () => {
      const seconds = await age();
      expect(seconds).toBeGreaterThan(0);
      return seconds!;
    });
    await eventually(async () => expect(await age()).toBeGreaterThan(waited));

    await store.appendToStream('s', [event(), event(), event()]);
    await eventually(async () => expect(await age()).toBe(0));
    await checkpointer.stop();
    // a stopped checkpointer tells nothing: another replica may be signing now
    expect(await age()).toBeUndefined();
  });

  const ageOf = async (context: string) => {
    const { values } = await register.getSingleMetric('hyeopchi_checkpoint_age_seconds')!.get();
    return values.find(({ labels }) => labels.context === context)?.value;
  };

  it('counts the age from the oldest waiting event, not from when this process started', async () => {
    const context = uniqueSchemaName('civic');
    const store = await PostgresEventStore.open(pool, context);
    await store.appendToStream('s', [event()]);
    const appended = Date.now();
    // the events waited before this process (a restarted one) came to look at them
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const checkpointer = await AuditCheckpointer.start(
      configured(join(keys, 'checkpoint-signing.key')),
      pool,
      new Map<string, EventStore>([[context, store]]),
    );
    try {
      await eventually(async () => {
        const waitedAtLeast = (Date.now() - appended) / 1000;
        expect(await ageOf(context)).toBeGreaterThanOrEqual(waitedAtLeast);
      });
    } finally {
      await checkpointer.stop();
    }
  });

  it('does not read as "all signed" when it cannot read the log: the age grows', async () => {
    const context = uniqueSchemaName('civic');
    const failing = testPool(testDatabaseUrl(), 2);
    const store = await PostgresEventStore.open(failing, context);
    const checkpointer = await AuditCheckpointer.start(
      configured(join(keys, 'checkpoint-signing.key')),
      failing,
      new Map<string, EventStore>([[context, store]]),
    );
    await failing.end();
    try {
      const grown = await eventually(async () => {
        const seconds = await ageOf(context);
        expect(seconds).toBeGreaterThan(0);
        return seconds!;
      });
      await eventually(async () => expect(await ageOf(context)).toBeGreaterThan(grown));
    } finally {
      await checkpointer.stop();
    }
  });

  it('refuses to start in production without a key, saying how to make one', async () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await expect(
        AuditCheckpointer.start(configured(join(keys, 'missing/none.key')), pool, new Map()),
      ).rejects.toThrow(/no checkpoint signing key at .*none\.key: make one with npx hyeopchi keys generate/);
    } finally {
      process.env.NODE_ENV = previous;
    }
  });
});
