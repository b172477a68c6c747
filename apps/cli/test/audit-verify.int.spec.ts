import {
  ExportedRecord,
  eventHashOf,
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
import { DATABASE, Database, EVENT_STORES } from '@hyeopchi/event-infrastructure';
import { loadConfiguration } from '@hyeopchi/config';
import { CONTEXTS } from '@hyeopchi/context-names';
import { AuditLog, EventStore } from '@hyeopchi/event-store';
import { event } from '@hyeopchi/event-store/testing';
import { COMMAND_SENDER, CommandSender } from '@hyeopchi/command-processing';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { allServices, seedDemo } from '@hyeopchi/platform';
import { Started, freshDatabase, startProcess, testDatabaseUrl } from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import Ajv2020 from 'ajv/dist/2020';
import { execSync } from 'node:child_process';
import { generateKeyPairSync, hash, randomBytes } from 'node:crypto';
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
  domainChecks,
  EVENT_CATALOGUE_FILE,
  EVENT_CATALOGUE_ID,
  verifyExport,
} from '@hyeopchi/audit-verifier';

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

/**
 * A line whose content is `content` byte for byte, placed where `record` was and hashed as a forger who
 * follows the format would: its hash holds for its own bytes.
 */
function placedLine(content: string, record: ExportedRecord): string {
  const placed = {
    globalPosition: record.globalPosition,
    previousHash: record.previousHash,
    recordedAt: record.recordedAt,
    streamVersion: record.streamVersion,
  };
  const eventHash = eventHashOf({ contentHash: hash('sha256', content, 'hex'), ...placed });
  return exportLineOf({ ...record, hash: eventHash }).replace(/^.*(?=,"globalPosition":)/, () =>
    content.slice(0, -1),
  );
}

const contentOfLine = (line: string) => `${line.slice(0, line.lastIndexOf(',"globalPosition":'))}}`;

/** The tamper suite: a real history (the demo city), exported by the CLI, then altered one way at a time. */
describe('npx hyeopchi audit export / verify', () => {
  let database: Started<string>;
  let app: INestApplication;
  let work: string;
  let env: Record<string, string>;
  let exported: string;

  beforeAll(async () => {
    // the CLI runs from dist: its server code is all it needs
    execSync('npm run --silent build:server', { cwd: root, stdio: 'inherit' });
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
    // a build and the demo city on a machine shared with other builds
  }, 300_000);
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
  /** The CLI's verify on a folder, with the key inside it (the test's own), and its output. */
  async function verifyWithCli(dir: string, ...options: string[]) {
    const run = hyeopchi(['audit', 'verify', dir, ...options], {});
    return { exit: (await run.exited).code, output: run.output() };
  }
  async function editManifest(dir: string, change: (manifest: ExportManifest) => void) {
    const path = join(dir, 'manifest.json');
    const manifest = JSON.parse(await readFile(path, 'utf8')) as ExportManifest;
    change(manifest);
    await writeFile(path, JSON.stringify(manifest));
  }
  /**
   * Civic's latest checkpoint withheld (the manifest made to agree), so that its last event is an unsigned
   * tail; that last line then replaced by what `forge` writes from it.
   */
  async function withUnsignedCivicTail(dir: string, forge: (line: string, record: ExportedRecord) => string) {
    const checkpoints = join(dir, checkpointsFile('civic'));
    await writeLines(checkpoints, (await readLines(checkpoints)).slice(0, 1));
    await editManifest(dir, (manifest) => {
      manifest.services.find(({ name }) => name === 'civic')!.checkpoints = 1;
    });
    const events = join(dir, eventsFile('civic'));
    const lines = await readLines(events);
    const last = lines.at(-1)!;
    await writeLines(events, [...lines.slice(0, -1), forge(last, JSON.parse(last) as ExportedRecord)]);
  }
  async function verifyForgedTail(forge: (line: string, record: ExportedRecord) => string) {
    const dir = join(work, `tail-${randomBytes(4).toString('hex')}`);
    await cp(exported, dir, { recursive: true });
    await withUnsignedCivicTail(dir, forge);
    return verifyExport({ dir, checks: [domainChecks()], acceptUnsignedTail: true });
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

  it('holds events that each validate against the catalogue’s schema of their type, in every log of the demo city', async () => {
    const ajv = new Ajv2020({ allErrors: true });
    ajv.addSchema(JSON.parse(await readFile(join(root, EVENT_CATALOGUE_FILE), 'utf8')) as object);
    const types = new Set<string>();
    for (const service of CONTEXTS) {
      for (const line of await readLines(join(exported, eventsFile(service)))) {
        const { type, schemaVersion, data } = JSON.parse(line) as ExportedRecord;
        // the suite's own extra event (test.happened.v1) is of no domain
        if (type === 'test.happened.v1') continue;
        const validate = ajv.getSchema(`${EVENT_CATALOGUE_ID}#/$defs/${type}`);
        expect({ type, known: validate !== undefined }).toEqual({ type, known: true });
        expect({
          type,
          data,
          errors: validate!({ type, schemaVersion, data }) ? null : validate!.errors,
        }).toEqual({ type, data, errors: null });
        types.add(type);
      }
    }
    // a scenario of the whole governance flow: proposals, reviews, a session's decision, feedback
    expect([...types]).toEqual(
      expect.arrayContaining([
        'proposal.tier_reached.v1',
        'review.answered.v1',
        'session.vote_cast.v1',
        'session.decision_recorded.v1',
      ]),
    );
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

  it('refuses a public key that is not Ed25519 with a failure, not a crash', async () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(await verifyExport({ dir: exported, publicKeyPem })).toEqual({
      ok: false,
      failure: { service: 'export', reason: 'the public key is not an Ed25519 public key (SPKI PEM)' },
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
    // the tail no signature covers fails the export, unless the auditor accepts it as only chained
    expect(await verifyExport({ dir, checks: [domainChecks()] })).toEqual({
      ok: false,
      failure: {
        service: 'civic',
        reason: expect.stringMatching(
          new RegExp(
            `^1 of its \\d+ events, after the latest checkpoint \\(tree size ${kept.treeSize}\\), are covered by no signature`,
          ),
        ),
      },
    });
    expect(await verifyExport({ dir, checks: [domainChecks()], acceptUnsignedTail: true })).toMatchObject({
      ok: true,
      unsigned: 1,
    });
    // with a checkpoint of their own, the forgery fails even so
    const caught = await verifyExport({
      dir,
      checks: [domainChecks()],
      trustedCheckpoints: [withheld.note],
      acceptUnsignedTail: true,
    });
    expect(!caught.ok && caught.failure.reason).toMatch(/do not give the root signed for tree size/);
  });

  it('rejects a rewritten log with all its checkpoints removed, unless the unsigned tail is accepted, and then counts it', async () => {
    const dir = join(work, 'unsigned');
    await cp(exported, dir, { recursive: true });
    await writeFile(join(dir, checkpointsFile('civic')), '');
    await editManifest(dir, (manifest) => {
      manifest.services.find(({ name }) => name === 'civic')!.checkpoints = 0;
    });
    await alterEvents(dir, 'civic', (records) =>
      rechain(
        records.map((record, index) =>
          index === records.length - 1 ? { ...record, data: { forged: true } } : record,
        ),
      ),
    );
    const civicEvents = (await readLines(join(dir, eventsFile('civic')))).length;

    const refused = await verifyWithCli(dir);
    expect(refused.exit).toBe(1);
    expect(refused.output).toContain(
      `FAILED: civic: its ${civicEvents} events are covered by no signature: no checkpoint signs this log.`,
    );
    const accepted = await verifyWithCli(dir, '--accept-unsigned-tail');
    expect(accepted.exit).toBe(0);
    expect(accepted.output).toMatch(
      /civic \(city\.example\/civic\): \d+ events, 0 checkpoints, no checkpoint; all \d+ events are chained but covered by no signature/,
    );
    expect(accepted.output).toContain(
      `accepted with --accept-unsigned-tail: ${civicEvents} of these events are covered by no signature`,
    );
  });

  it('rejects a checkpoint line whose stated tree size is not the signed one, and names a repeated line', async () => {
    const misstated = await verifyAltered(async (dir) => {
      const path = join(dir, checkpointsFile('civic'));
      const [first, ...rest] = await readLines(path);
      const checkpoint = JSON.parse(first) as ExportedCheckpoint;
      await writeLines(path, [JSON.stringify({ ...checkpoint, treeSize: checkpoint.treeSize + 1 }), ...rest]);
    });
    expect(!misstated.ok && misstated.failure.reason).toMatch(
      /^checkpoint on line 1: it states tree size (\d+), but its note signs \d+$/,
    );

    const repeated = await verifyAltered(async (dir) => {
      const path = join(dir, checkpointsFile('civic'));
      const [first, ...rest] = await readLines(path);
      await writeLines(path, [first, first, ...rest]);
      await editManifest(dir, (manifest) => {
        manifest.services.find(({ name }) => name === 'civic')!.checkpoints += 1;
      });
    });
    expect(!repeated.ok && repeated.failure.reason).toMatch(
      /^checkpoint on line 2: tree size \d+ was already signed on line 1$/,
    );
    const repeatedUnlisted = await verifyAltered(async (dir) => {
      const path = join(dir, checkpointsFile('civic'));
      const lines = await readLines(path);
      await writeLines(path, [...lines, lines.at(-1)!]);
    });
    expect(!repeatedUnlisted.ok && repeatedUnlisted.failure.reason).toMatch(
      /^checkpoint on line 3: tree size \d+ was already signed on line 2$/,
    );
  });

  it('requires the proofs file, and rejects a proof for a tree size no checkpoint signs', async () => {
    const missing = await verifyAltered((dir) => rm(join(dir, proofsFile('committee'))));
    expect(!missing.ok && missing.failure).toEqual({
      service: 'committee',
      reason: 'the export has no committee.proofs.ndjson: it is incomplete',
    });
    const unsigned = await verifyAltered(async (dir) => {
      const path = join(dir, proofsFile('committee'));
      const [line, ...rest] = await readLines(path);
      const proof = JSON.parse(line) as ExportedInclusionProof;
      await writeLines(path, [JSON.stringify({ ...proof, treeSize: proof.treeSize - 1 }), ...rest]);
    });
    expect(!unsigned.ok && unsigned.failure.reason).toMatch(
      /^the inclusion proof of event .+ is for a tree of \d+ events, which no checkpoint signs$/,
    );
  });

  it('rejects a tail line that hashes right but is not canonical JSON', async () => {
    const result = await verifyForgedTail((line, record) =>
      placedLine(contentOfLine(line).replace('{"data":', '{ "data":'), record),
    );
    expect(!result.ok && result.failure.reason).toBe(
      'the line is not the canonical JSON (RFC 8785) of its event, member for member',
    );
    const number = await verifyForgedTail((line, record) =>
      placedLine(contentOfLine(line).replace('"schemaVersion":1', '"schemaVersion":1.0'), record),
    );
    expect(!number.ok && number.failure.reason).toMatch(/is not the canonical JSON/);
  });

  it('rejects a tail event whose id is in upper case, or whose global position another event holds', async () => {
    const upper = await verifyForgedTail((line, record) =>
      placedLine(contentOfLine(line).replace(record.eventId, record.eventId.toUpperCase()), record),
    );
    expect(!upper.ok && upper.failure.reason).toMatch(
      /^its event id [0-9A-F-]+ is not a UUID in lower case$/,
    );

    const civic = (await readLines(join(exported, eventsFile('civic')))).map(
      (line) => JSON.parse(line) as ExportedRecord,
    );
    const taken = civic.find(({ streamId }) => streamId !== civic.at(-1)!.streamId)!.globalPosition;
    const duplicate = await verifyForgedTail((line, record) =>
      placedLine(contentOfLine(line), { ...record, globalPosition: taken }),
    );
    expect(!duplicate.ok && duplicate.failure.reason).toBe(
      `global position ${taken} is held by another event of the log`,
    );
  });

  it('rejects events past the manifest’s upto, and an events file cut short of its last newline', async () => {
    const last = JSON.parse((await readLines(join(exported, eventsFile('civic')))).at(-1)!) as ExportedRecord;
    const past = await verifyAltered((dir) =>
      editManifest(dir, (manifest) => {
        manifest.upto = last.globalPosition - 1;
      }),
    );
    expect(!past.ok && past.failure.reason).toBe(
      `its global position ${last.globalPosition} is past the export's last, ${last.globalPosition - 1}`,
    );
    const cut = await verifyAltered(async (dir) => {
      const path = join(dir, eventsFile('feedback'));
      await writeFile(path, (await readFile(path, 'utf8')).slice(0, -1));
    });
    expect(!cut.ok && cut.failure.reason).toMatch(/^line \d+ does not end with a newline/);
  });

  it('rejects a log passed off as another service, and a signer other than the manifest names', async () => {
    const passedOff = await verifyAltered(async (dir) => {
      for (const file of [eventsFile, checkpointsFile, proofsFile]) {
        await cp(join(dir, file('committee')), join(dir, file('civic')));
      }
      await editManifest(dir, (manifest) => {
        const committee = manifest.services.find(({ name }) => name === 'committee')!;
        manifest.services = [{ ...committee, name: 'civic' }];
      });
    });
    expect(!passedOff.ok && passedOff.failure).toEqual({
      service: 'civic',
      reason: 'the manifest gives it the origin city.example/committee, which does not end in /civic',
    });

    const renamed = await verifyAltered((dir) =>
      editManifest(dir, (manifest) => {
        manifest.keyName = 'someone-else';
      }),
    );
    expect(!renamed.ok && renamed.failure.reason).toBe(
      'the checkpoints are signed by hyeopchi with this key, but the manifest names the signer someone-else',
    );
    const pinned = await verifyExport({ dir: exported, keyName: 'someone-else' });
    expect(!pinned.ok && pinned.failure.reason).toBe(
      'checkpoint on line 1: no signature by someone-else with this key',
    );
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
