import {
  ExportedRecord,
  expectedEventHashHex,
  exportLineOf,
  generateSigningKeys,
  readSigningKey,
  signCheckpoint,
  signingKeyFrom,
  verifierKeyFrom,
  verifyCheckpoint,
  writeSigningKeys,
} from '@hyeopchi/audit';
import { DATABASE, Database, EVENT_STORES } from '@hyeopchi/backbone';
import { loadConfiguration } from '@hyeopchi/config';
import { CONTEXTS } from '@hyeopchi/contracts';
import { AuditLog, EventStore } from '@hyeopchi/event-store';
import { event } from '@hyeopchi/event-store/testing';
import { COMMAND_SENDER, CommandSender } from '@hyeopchi/service-runtime';
import { TestClock, startInProcessForTest } from '@hyeopchi/service-runtime/testing';
import { allServices, seedDemo } from '@hyeopchi/services';
import { Started, freshDatabase, startProcess, testDatabaseUrl } from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  ExportManifest,
  ExportedCheckpoint,
  ExportedInclusionProof,
  checkpointsFile,
  eventsFile,
  proofsFile,
} from '../src/audit/export-format';
import { domainChecks } from '../src/audit/domain-checks';
import { verifyExport } from '../src/audit/verify-export';

const root = resolve(__dirname, '../../..');
const hyeopchi = (args: string[], env: Record<string, string>) =>
  startProcess('node', [`${root}/bin/hyeopchi.js`, ...args], { ...process.env, ...env });

const readLines = async (path: string) => (await readFile(path, 'utf8')).split('\n').filter(Boolean);
const writeLines = (path: string, lines: string[]) => writeFile(path, `${lines.join('\n')}\n`);

/** Versions and hashes made to follow one another again in each stream, as a forger would. */
function rechain(records: ExportedRecord[]): ExportedRecord[] {
  const last = new Map<string, ExportedRecord>();
  return records.map((record) => {
    const previous = last.get(record.streamId);
    const moved = {
      ...record,
      streamVersion: (previous?.streamVersion ?? 0) + 1,
      previousHash: previous?.hash ?? null,
    };
    const rechained = { ...moved, hash: expectedEventHashHex(moved, moved.previousHash) };
    last.set(record.streamId, rechained);
    return rechained;
  });
}

/** The tamper suite: a real history (the demo city), exported by the CLI, then altered one way at a time. */
describe('npx hyeopchi audit export / verify', () => {
  let database: Started<string>;
  let app: INestApplication;
  let work: string;
  let env: Record<string, string>;
  let exported: string;

  beforeAll(async () => {
    execSync('npm run --silent build', { cwd: root, stdio: 'inherit' });
    work = await mkdtemp(join(tmpdir(), 'hyeopchi-audit-'));
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_audit_${randomBytes(4).toString('hex')}`);
    env = {
      DATABASE_URL: database.value,
      AUDIT_SIGNING_KEY_FILE: join(work, 'keys/checkpoint-signing.key'),
      AUDIT_ORIGIN: 'city.example',
      AUDIT_CHECKPOINT_EVERY_SECONDS: '86400',
      JWT_SECRET: 'an-audit-test-secret-of-32-characters',
    };
    await writeSigningKeys(env.AUDIT_SIGNING_KEY_FILE);
    const config = loadConfiguration(env);
    app = await startInProcessForTest(allServices(config), config, new TestClock());
    await seedDemo(app.get<CommandSender>(COMMAND_SENDER));

    // every log signed; civic twice, with events between, so that there is a consistency to check
    const key = (await readSigningKey(env.AUDIT_SIGNING_KEY_FILE, 'hyeopchi'))!;
    const pool = app.get<Database>(DATABASE).pool;
    const sign = async (context: string) =>
      (await AuditLog.open(pool, context)).checkpoint(`city.example/${context}`, key, new Date());
    for (const context of CONTEXTS) await sign(context);
    await app
      .get<Map<string, EventStore>>(EVENT_STORES)
      .get('civic')!
      .appendToStream('audit-extra', [event()]);
    await sign('civic');

    exported = join(work, 'export');
    const run = hyeopchi(['audit', 'export', '--out', exported], env);
    expect(await run.exited).toEqual({ code: 0, signal: null });
    expect(run.output()).toMatch(/exported \d+ events and 5 checkpoints/);
  });
  afterAll(async () => {
    await app?.close();
    await database?.stop();
    await rm(work, { recursive: true, force: true });
  });

  /** A copy of the export, altered by `change`, verified in process. */
  async function verifyAltered(change: (dir: string) => Promise<void>) {
    const dir = join(work, `altered-${randomBytes(4).toString('hex')}`);
    await cp(exported, dir, { recursive: true });
    await change(dir);
    return verifyExport({ dir, checks: [domainChecks()] });
  }
  async function alterEvents(
    dir: string,
    service: string,
    change: (records: ExportedRecord[]) => ExportedRecord[],
  ) {
    const path = join(dir, eventsFile(service));
    const records = (await readLines(path)).map((line) => JSON.parse(line) as ExportedRecord);
    await writeLines(path, change(records).map(exportLineOf));
  }

  it('verifies the untouched export offline, with the CLI', async () => {
    const run = hyeopchi(['audit', 'verify', exported], {
      DATABASE_URL: 'postgres://nobody@192.0.2.1:1/none',
    });
    expect(await run.exited).toEqual({ code: 0, signal: null });
    expect(run.output()).toMatch(/OK: \d+ events, 5 checkpoints verified \(\d+ inclusion proofs\)/);
    const result = await verifyExport({ dir: exported, checks: [domainChecks()] });
    expect(result).toMatchObject({ ok: true, checkpoints: 5, unsigned: 0 });
    expect(result.ok && result.proofs).toBeGreaterThan(0);
  });

  it('rejects one flipped byte in one event’s data, naming its stream and version', async () => {
    let target!: ExportedRecord;
    const result = await verifyAltered((dir) =>
      alterEvents(dir, 'committee', (records) => {
        target = records.find((record) => typeof (record.data as { title?: unknown }).title === 'string')!;
        const data = target.data as { title: string };
        data.title = String.fromCharCode(data.title.charCodeAt(0) ^ 1) + data.title.slice(1);
        return records;
      }),
    );
    expect(result).toEqual({
      ok: false,
      failure: {
        service: 'committee',
        streamId: target.streamId,
        streamVersion: target.streamVersion,
        reason: expect.stringContaining('the hash does not match the event'),
      },
    });
  });

  it('rejects a deleted event', async () => {
    const result = await verifyAltered((dir) =>
      alterEvents(dir, 'civic', (records) => {
        const middle = records.findIndex((record, index) =>
          records.slice(index + 1).some((later) => later.streamId === record.streamId),
        );
        return records.filter((_, index) => index !== middle);
      }),
    );
    expect(!result.ok && result.failure.reason).toMatch(/an event is missing/);
  });

  it('rejects two events swapped', async () => {
    const result = await verifyAltered((dir) =>
      alterEvents(dir, 'civic', (records) => {
        const index = records.findIndex((record, at) => record.streamId !== records[at + 1]?.streamId);
        [records[index], records[index + 1]] = [records[index + 1], records[index]];
        return records;
      }),
    );
    expect(!result.ok && result.failure.reason).toMatch(/do not give the root signed for tree size/);
  });

  it('rejects a forged event inserted with a correctly recomputed chain', async () => {
    const result = await verifyAltered((dir) =>
      alterEvents(dir, 'department', (records) => {
        const victim = records[0];
        const previous = records.filter((r) => r.streamId === victim.streamId).at(-1)!;
        const forged: ExportedRecord = {
          ...victim,
          previousHash: previous.hash,
          streamVersion:
            Math.max(...records.filter((r) => r.streamId === victim.streamId).map((r) => r.streamVersion)) +
            1,
          globalPosition: 10_000_000,
          eventId: '00000000-0000-4000-8000-000000000001',
        };
        forged.hash = expectedEventHashHex(forged, previous.hash);
        const after = records.lastIndexOf(previous);
        return [...records.slice(0, after + 1), forged, ...records.slice(after + 1)];
      }),
    );
    expect(!result.ok && result.failure.reason).toMatch(/do not give the root signed|a checkpoint signs/);
  });

  it('rejects a vote removed, the chain recomputed around it, because the tally no longer matches the decision', async () => {
    let decision!: ExportedRecord;
    const result = await verifyAltered((dir) =>
      alterEvents(dir, 'committee', (records) => {
        decision = records.find((record) => record.type === 'session.decision_recorded.v1')!;
        const vote = records.find(
          (record) => record.streamId === decision.streamId && record.type === 'session.vote_cast.v1',
        )!;
        return rechain(records.filter((record) => record !== vote));
      }),
    );
    expect(result).toEqual({
      ok: false,
      failure: {
        service: 'committee',
        streamId: decision.streamId,
        streamVersion: decision.streamVersion - 1,
        reason: expect.stringMatching(
          /^the decision on agenda item .+ records \d+ for, but the votes recorded before it give \d+ for/,
        ),
      },
    });
  });

  it('rejects a checkpoint re-signed with another key', async () => {
    const other = signingKeyFrom('hyeopchi', generateSigningKeys().privateKeyPem);
    const result = await verifyAltered(async (dir) => {
      const path = join(dir, checkpointsFile('feedback'));
      const [line] = await readLines(path);
      const stated = JSON.parse(line) as ExportedCheckpoint;
      const original = verifyCheckpoint(
        stated.note,
        verifierKeyFrom('hyeopchi', await readFile(join(dir, 'checkpoint-signing.pub'), 'utf8')),
      );
      if (!original.ok) throw new Error(original.reason);
      await writeLines(path, [
        JSON.stringify({ ...stated, note: signCheckpoint(original.checkpoint, other) }),
      ]);
    });
    expect(result).toEqual({
      ok: false,
      failure: {
        service: 'feedback',
        reason: 'checkpoint on line 1: no signature by hyeopchi with this key',
      },
    });
  });

  it('rejects a checkpoint rolled back', async () => {
    const result = await verifyAltered(async (dir) => {
      const path = join(dir, checkpointsFile('civic'));
      await writeLines(path, (await readLines(path)).reverse());
    });
    expect(!result.ok && result.failure.reason).toMatch(/the log was rolled back/);
  });

  it('rejects two signed roots for one tree size (a forked log)', async () => {
    const key = (await readSigningKey(env.AUDIT_SIGNING_KEY_FILE, 'hyeopchi'))!;
    const result = await verifyAltered(async (dir) => {
      const path = join(dir, checkpointsFile('civic'));
      const lines = await readLines(path);
      const first = JSON.parse(lines[0]) as ExportedCheckpoint;
      const fork = signCheckpoint(
        {
          origin: 'city.example/civic',
          treeSize: first.treeSize,
          rootHash: Buffer.alloc(32, 7),
          time: new Date(),
        },
        key,
      );
      await writeLines(path, [
        lines[0],
        JSON.stringify({ treeSize: first.treeSize, note: fork }),
        ...lines.slice(1),
      ]);
    });
    expect(!result.ok && result.failure.reason).toMatch(/has two different signed roots/);
  });

  it('rejects an inclusion proof with one altered byte', async () => {
    const result = await verifyAltered(async (dir) => {
      const path = join(dir, proofsFile('committee'));
      const [line, ...rest] = await readLines(path);
      const proof = JSON.parse(line) as ExportedInclusionProof;
      proof.path[0] = `${proof.path[0].slice(0, -1)}${proof.path[0].endsWith('0') ? '1' : '0'}`;
      await writeLines(path, [JSON.stringify(proof), ...rest]);
    });
    expect(!result.ok && result.failure.reason).toMatch(/^the inclusion proof of event .+ does not hold$/);
  });

  it('exports the history up to a global position, and that prefix verifies against its checkpoints', async () => {
    const civic = (await readLines(join(exported, eventsFile('civic')))).map(
      (line) => JSON.parse(line) as ExportedRecord,
    );
    const upto = civic[civic.length - 2].globalPosition;
    const dir = join(work, 'upto');
    const run = hyeopchi(
      ['audit', 'export', '--out', dir, '--service', 'civic', '--upto', String(upto)],
      env,
    );
    expect(await run.exited).toEqual({ code: 0, signal: null });

    expect(await verifyExport({ dir })).toMatchObject({ ok: true, events: civic.length - 1, checkpoints: 1 });
  });

  it('refuses to export an unknown service, and verifies no folder that is not an export', async () => {
    const unknown = hyeopchi(['audit', 'export', '--out', join(work, 'x'), '--service', 'civic,votes'], env);
    expect((await unknown.exited).code).not.toBe(0);
    expect(unknown.output()).toContain(
      'no service votes: expected some of civic, department, committee, feedback',
    );
    const nothing = hyeopchi(['audit', 'verify', join(work, 'nothing-here')], {});
    expect((await nothing.exited).code).not.toBe(0);
    expect(nothing.output()).toMatch(
      /FAILED: export: .*nothing-here is not an audit export: it has no manifest\.json/,
    );
  });

  it('rejects an export that withholds a checkpoint and rewrites the events after the one it keeps', async () => {
    const civicCheckpoints = await readLines(join(exported, checkpointsFile('civic')));
    const [kept, withheld] = civicCheckpoints.map((line) => JSON.parse(line) as ExportedCheckpoint);
    const withhold = async (dir: string, fixManifest: boolean) => {
      await writeLines(join(dir, checkpointsFile('civic')), [civicCheckpoints[0]]);
      await alterEvents(dir, 'civic', (records) =>
        rechain(
          records.map((record, index) =>
            index === records.length - 1 ? { ...record, data: { forged: true } } : record,
          ),
        ),
      );
      if (!fixManifest) return;
      const manifestPath = join(dir, 'manifest.json');
      const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as ExportManifest;
      manifest.services.find(({ name }) => name === 'civic')!.checkpoints = 1;
      await writeFile(manifestPath, JSON.stringify(manifest));
    };
    expect(kept.treeSize).toBeLessThan(withheld.treeSize);

    const unnoticed = await verifyAltered((dir) => withhold(dir, false));
    expect(!unnoticed.ok && unnoticed.failure.reason).toMatch(/the export is incomplete/);

    const dir = join(work, 'withheld');
    await cp(exported, dir, { recursive: true });
    await withhold(dir, true);
    // without a checkpoint of their own, the auditor sees the tail as unsigned; with one, the forgery fails
    expect(await verifyExport({ dir, checks: [domainChecks()] })).toMatchObject({ ok: true, unsigned: 1 });
    const caught = await verifyExport({ dir, checks: [domainChecks()], trustedCheckpoints: [withheld.note] });
    expect(!caught.ok && caught.failure.reason).toMatch(/do not give the root signed for tree size/);
  });

  it('rejects an export missing a log file, a proof of another event, and another origin than the published', async () => {
    const missing = await verifyAltered((dir) => rm(join(dir, checkpointsFile('feedback'))));
    expect(!missing.ok && missing.failure).toEqual({
      service: 'feedback',
      reason: 'the export has no feedback.checkpoints.ndjson: it is incomplete',
    });

    const misnamed = await verifyAltered(async (dir) => {
      const path = join(dir, proofsFile('committee'));
      const [line, ...rest] = await readLines(path);
      const proof = JSON.parse(line) as ExportedInclusionProof;
      await writeLines(path, [
        JSON.stringify({ ...proof, eventId: '00000000-0000-4000-8000-000000000002' }),
        ...rest,
      ]);
    });
    expect(!misnamed.ok && misnamed.failure.reason).toMatch(
      /^the inclusion proof of event 0{8}-.+ does not hold$/,
    );

    const elsewhere = await verifyExport({ dir: exported, originPrefix: 'other-city.example' });
    expect(!elsewhere.ok && elsewhere.failure.reason).toMatch(
      /it is for city\.example\/\w+, not other-city\.example\/\w+/,
    );
  });

  it('fails through the CLI with a non-zero exit and the first failure', async () => {
    const dir = join(work, 'altered-cli');
    await cp(exported, dir, { recursive: true });
    await alterEvents(dir, 'civic', (records) => records.slice(1));
    const run = hyeopchi(['audit', 'verify', dir], {});
    expect((await run.exited).code).toBe(1);
    expect(run.output()).toMatch(/FAILED: civic stream .+ version \d+: /);
  });
});
