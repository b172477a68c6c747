import {
  SigningKey,
  VerifierKey,
  ExportedRecord,
  expectedEventHash,
  generateSigningKeys,
  leafHash,
  signingKeyFrom,
  verifierKeyFrom,
  verifyCheckpoint,
  verifyConsistency,
  verifyInclusion,
} from '@hyeopchi/audit';
import { DATABASE, Database } from '@hyeopchi/event-infrastructure';
import { HyeopchiConfig, loadConfiguration } from '@hyeopchi/config';
import { CONTEXTS } from '@hyeopchi/context-names';
import { AuditLog, StoredCheckpoint } from '@hyeopchi/event-store';
import { GatewayModule } from '@hyeopchi/gateway';
import { Identity } from '@hyeopchi/identity';
import { createKafka, ensureTopics, ensureTopicsNamed } from '@hyeopchi/messaging';
import { CommandDispatcher, commandTopicOf } from '@hyeopchi/command-processing';
import {
  TestClock,
  createApplicationForTest,
  startInProcessForTest,
} from '@hyeopchi/command-processing/testing';
import { allServices, registerDemoDepartments } from '@hyeopchi/platform';
import {
  Started,
  freshDatabase,
  testDatabaseUrl,
  testKafkaBrokers,
  person,
  testToken,
} from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const secret = 'an-audit-queries-secret-of-at-least-32-characters';
const auditor = person('auditor-1', ['auditor']);
const admin = person('admin', ['admin']);
const citizen = person('citizen-9', ['citizen']);

interface GraphQLReply<T> {
  data: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** An event of the audit trail: the exported record, and who did it and why, from its metadata. */
interface TrailEvent extends ExportedRecord {
  actor: string | null;
  role: string | null;
  correlationId: string | null;
  causationId: string | null;
}

const TRAIL = `query ($streamId: String!) { auditTrail(streamId: $streamId) {
  streamId streamVersion globalPosition eventId type schemaVersion recordedAt actor role correlationId causationId
  data metadata hash previousHash } }`;
const AS_OF = `query ($streamId: String!, $at: DateTime, $position: Int) {
  streamAsOf(streamId: $streamId, at: $at, position: $position) {
    streamId service aggregate version globalPosition state } }`;
const DIFF = `query ($streamId: String!, $from: Moment!, $to: Moment!) {
  diff(streamId: $streamId, from: $from, to: $to) { path before after kind } }`;
const CHECKPOINTS = `query ($service: String!) {
  checkpoints(service: $service) { origin treeSize rootHash time signedNote } }`;
const INCLUSION = `query ($eventId: String!, $treeSize: Int) {
  inclusionProof(eventId: $eventId, treeSize: $treeSize) {
    service eventId leafIndex treeSize leafHash auditPath rootHash signedNote } }`;
const CONSISTENCY = `query ($service: String!, $fromSize: Int!, $toSize: Int!) {
  consistencyProof(service: $service, fromSize: $fromSize, toSize: $toSize) {
    service fromSize toSize proof fromRoot toRoot } }`;

const bytes = (hex: string) => Buffer.from(hex, 'hex');
/** The same bytes with one bit of one byte flipped. */
const altered = (hex: string, at = 0) => {
  const changed = bytes(hex);
  changed[at] ^= 0x01;
  return changed;
};
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The auditors' queries over HTTP, on the services and the gateway in one process and a real PostgreSQL: the
 * history is written by commands, the checkpoints signed as the checkpointer signs them.
 */
describe('the GraphQL gateway: queries for auditors', () => {
  const run = randomBytes(4).toString('hex');
  let database: Started<string>;
  let keyDir: string;
  let config: HyeopchiConfig;
  let app: INestApplication;
  let url: string;
  let civicLog: AuditLog;
  let signing: SigningKey;
  let verifier: VerifierKey;

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_audit_queries_${run}`);
    keyDir = await mkdtemp(join(tmpdir(), 'hyeopchi-audit-keys-'));
    config = loadConfiguration({
      DATABASE_URL: database.value,
      JWT_SECRET: secret,
      RATE_LIMIT_PER_MINUTE: '60000',
      KAFKA_BROKERS: testKafkaBrokers().join(','),
      KAFKA_TOPIC_NAMESPACE: `audit-queries-${run}`,
      KAFKA_TOPIC_PARTITIONS: '1',
      AUDIT_SIGNING_KEY_FILE: join(keyDir, 'checkpoint-signing.key'),
      // the test signs its checkpoints itself, at the sizes it chooses
      AUDIT_CHECKPOINT_EVERY_EVENTS: '10000000',
      AUDIT_CHECKPOINT_EVERY_SECONDS: '86400',
    });
    app = await startInProcessForTest(allServices(config), config, new TestClock(), [
      GatewayModule.inProcess(),
    ]);
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
    civicLog = await AuditLog.open(app.get<Database>(DATABASE).pool, 'civic');
    const { privateKeyPem, publicKeyPem } = generateSigningKeys();
    signing = signingKeyFrom('hyeopchi', privateKeyPem);
    verifier = verifierKeyFrom('hyeopchi', publicKeyPem);
    await writeHistory();
  });
  afterAll(async () => {
    await app?.close();
    await database?.stop();
    if (keyDir) await rm(keyDir, { recursive: true, force: true });
  });

  const post = async <T>(endpoint: string, identity: Identity | null, query: string, variables = {}) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(identity
          ? {
              authorization: `Bearer ${testToken(identity, secret)}`,
            }
          : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLReply<T>;
  };
  const graphql = <T>(identity: Identity | null, query: string, variables = {}) =>
    post<T>(url, identity, query, variables);
  /** The data of a query that must succeed. */
  const ask = async <T>(query: string, variables = {}, identity: Identity = auditor): Promise<T> => {
    const reply = await graphql<T>(identity, query, variables);
    if (!reply.data || reply.errors) throw new Error(JSON.stringify(reply.errors ?? reply));
    return reply.data;
  };
  const trailOf = async (streamId: string) =>
    (await ask<{ auditTrail: TrailEvent[] }>(TRAIL, { streamId })).auditTrail;

  const dispatch = async (actor: string, type: string, data: Record<string, unknown>) => {
    const reply = await app.get(CommandDispatcher).dispatch({ type, actor, data });
    if (!reply.ok) throw new Error(`${type}: ${JSON.stringify(reply.error)}`);
    // each command in a millisecond of its own, so "as of a time" falls between two of them
    await pause(5);
    return reply;
  };

  /** A proposal drafted, submitted and supported twice; a committee decision later superseded by another. */
  async function writeHistory() {
    await dispatch('admin', 'AdoptThresholdPolicy', {
      supportWindowDays: 30,
      tiers: [{ tier: 'department_answer', measure: 'supports', threshold: 100 }],
    });
    // after the policy: the tests read it as the first event of civic's log
    await registerDemoDepartments((request) => app.get(CommandDispatcher).dispatch(request));
    await dispatch('kim', 'DraftProposal', {
      proposalId: 'p-1',
      title: 'Shade canopies',
      body: 'Shade in three parks before the summer heat.',
      serves: ['strategy-5'],
      departments: ['parks'],
      district: 'Mapo-gu',
      organizationId: null,
    });
    await dispatch('kim', 'SubmitProposal', { proposalId: 'p-1' });
    // a stricter policy adopted after p-1 was submitted: p-1 stays under the version it recorded
    await dispatch('admin', 'AdoptThresholdPolicy', {
      supportWindowDays: 14,
      tiers: [{ tier: 'department_answer', measure: 'supports', threshold: 500 }],
    });
    await dispatch('citizen-1', 'SupportProposal', { proposalId: 'p-1' });
    await dispatch('citizen-2', 'SupportProposal', { proposalId: 'p-1' });

    for (const memberId of ['m-1', 'm-2', 'm-3']) {
      await dispatch('admin', 'AppointMember', { memberId, name: `Member ${memberId}`, sector: 'private' });
    }
    await dispatch('admin', 'DesignateCoChairs', { coChairs: ['m-1', 'm-2'] });
    await dispatch('system', 'ProposeAgendaItem', {
      proposalId: 'p-1',
      source: 'forum_tier',
      reference: 'p-1',
    });
    const session = { sessionId: 's-1' };
    const item = { ...session, itemId: 'i-1' };
    await dispatch('m-1', 'ScheduleSession', { ...session, scheduledFor: '2026-06-01T10:00:00.000Z' });
    await dispatch('m-1', 'AddAgendaItem', { ...item, proposalId: 'p-1', source: 'forum_tier' });
    for (const memberId of ['m-1', 'm-2']) {
      await dispatch('m-1', 'RecordAttendance', { ...session, memberId, present: true });
    }
    await dispatch('m-1', 'ProposeMotion', { ...item, motionId: 'mo-1', text: 'Adopt the canopies.' });
    await dispatch('m-1', 'CastVote', { ...item, motionId: 'mo-1', vote: 'for' });
    await dispatch('m-2', 'CastVote', { ...item, motionId: 'mo-1', vote: 'for' });
    const decision = {
      ...item,
      amendments: null,
      rationale: 'Shade is overdue.',
    };
    await dispatch('m-1', 'RecordDecision', {
      ...decision,
      decisionId: 'd-1',
      outcome: 'adopt',
      motionId: 'mo-1',
      supersedes: null,
    });
    await dispatch('m-1', 'ProposeMotion', { ...item, motionId: 'mo-2', text: 'Reconsider: no budget.' });
    await dispatch('m-1', 'CastVote', { ...item, motionId: 'mo-2', vote: 'against' });
    await dispatch('m-2', 'CastVote', { ...item, motionId: 'mo-2', vote: 'against' });
    await dispatch('m-1', 'RecordDecision', {
      ...decision,
      decisionId: 'd-2',
      outcome: 'reject',
      motionId: 'mo-2',
      rationale: 'No budget this year.',
      supersedes: 'd-1',
    });
  }

  it("gives a stream's events in order, each chained to the one before by its hash", async () => {
    const trail = await trailOf('proposal-p-1');
    expect(trail.map((event) => event.type)).toEqual([
      'proposal.drafted.v1',
      'proposal.submitted.v1',
      'proposal.supported.v1',
      'proposal.supported.v1',
    ]);
    expect(trail.map((event) => event.streamVersion)).toEqual([1, 2, 3, 4]);
    expect(trail[2]).toMatchObject({
      streamId: 'proposal-p-1',
      actor: 'citizen-1',
      schemaVersion: 1,
      data: { proposalId: 'p-1', supporterId: 'citizen-1', supports: 1 },
    });
    expect(trail[0].correlationId).toEqual(expect.any(String));
    expect(trail[2].correlationId).toBe(trail[0].correlationId);
    expect(trail[2].causationId).toBe(trail[2].metadata.causationId);
    expect(trail[0].recordedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    for (const [index, event] of trail.entries()) {
      expect(event.previousHash).toBe(index === 0 ? null : trail[index - 1].hash);
      const { hash, previousHash, ...record } = event;
      const recomputed = expectedEventHash(record, previousHash === null ? null : bytes(previousHash));
      expect(recomputed.toString('hex')).toBe(hash);
    }
    // the hash covers the data: a changed field gives another hash
    const { hash, previousHash, ...record } = trail[3];
    const forged = { ...record, data: { ...(record.data as object), supporterId: 'citizen-3' } };
    expect(expectedEventHash(forged, bytes(previousHash!)).toString('hex')).not.toBe(hash);
  });

  it("folds a stream up to a position in its service's log with the aggregate's own evolve", async () => {
    const trail = await trailOf('proposal-p-1');
    const asOf = async (position: number) =>
      (await ask<{ streamAsOf: Record<string, unknown> }>(AS_OF, { streamId: 'proposal-p-1', position }))
        .streamAsOf;

    const submitted = await asOf(trail[1].globalPosition);
    expect(submitted).toMatchObject({
      streamId: 'proposal-p-1',
      service: 'civic',
      aggregate: 'proposal',
      version: 2,
      globalPosition: trail[1].globalPosition,
      state: { status: 'submitted', id: 'p-1', authorId: 'kim', supporters: [], tiersReached: [] },
    });
    expect(await asOf(trail[2].globalPosition)).toMatchObject({
      version: 3,
      state: { supporters: ['citizen-1'] },
    });
    expect(await asOf(trail[3].globalPosition)).toMatchObject({
      version: 4,
      state: { supporters: ['citizen-1', 'citizen-2'] },
    });
    // supported after version 2 of the policy was adopted, and still under version 1, as it recorded
    const policy = await ask<{ streamAsOf: { state: { policy: unknown } } }>(AS_OF, {
      streamId: 'threshold-policy',
      position: trail[3].globalPosition,
    });
    expect(policy.streamAsOf.state).toMatchObject({ versions: [{ version: 1 }, { version: 2 }] });
    expect(
      ((await asOf(trail[3].globalPosition)) as { state: { policy: unknown } }).state.policy,
    ).toMatchObject({
      version: 1,
      tiers: [{ tier: 'department_answer', threshold: 100 }],
    });
    expect(await asOf(trail[0].globalPosition - 1)).toEqual({
      streamId: 'proposal-p-1',
      service: 'civic',
      aggregate: 'proposal',
      version: 0,
      globalPosition: null,
      state: { status: 'none' },
    });
  });

  it('folds a stream up to a time, everything within its millisecond included', async () => {
    const trail = await trailOf('proposal-p-1');
    const asOf = async (at: string) =>
      (
        await ask<{ streamAsOf: { version: number; state: { status: string } } }>(AS_OF, {
          streamId: 'proposal-p-1',
          at,
        })
      ).streamAsOf;
    const millisecondOf = (recordedAt: string) => new Date(recordedAt).toISOString();

    expect(await asOf(millisecondOf(trail[0].recordedAt))).toMatchObject({
      version: 1,
      state: { status: 'draft' },
    });
    expect(await asOf(millisecondOf(trail[2].recordedAt))).toMatchObject({
      version: 3,
      state: { status: 'submitted', supporters: ['citizen-1'] },
    });
    const before = new Date(new Date(trail[0].recordedAt).getTime() - 1).toISOString();
    expect(await asOf(before)).toMatchObject({ version: 0, state: { status: 'none' } });
  });

  it("shows a committee decision, and the later decision that superseded it, in the session's state", async () => {
    const trail = await trailOf('session-s-1');
    const decisions = trail.filter((event) => event.type === 'session.decision_recorded.v1');
    expect(decisions.map((event) => (event.data as { decisionId: string }).decisionId)).toEqual([
      'd-1',
      'd-2',
    ]);
    const itemAt = async (position: number) => {
      const { streamAsOf } = await ask<{
        streamAsOf: { aggregate: string; service: string; state: { items: Record<string, unknown> } };
      }>(AS_OF, { streamId: 'session-s-1', position });
      expect(streamAsOf).toMatchObject({ aggregate: 'session', service: 'committee' });
      return streamAsOf.state.items['i-1'];
    };
    expect(await itemAt(decisions[0].globalPosition)).toMatchObject({
      decisionId: 'd-1',
      sealedMotions: ['mo-1'],
    });
    expect(await itemAt(decisions[1].globalPosition)).toMatchObject({
      decisionId: 'd-2',
      sealedMotions: ['mo-1', 'mo-2'],
    });

    const { diff } = await ask<{ diff: unknown[] }>(DIFF, {
      streamId: 'session-s-1',
      from: { position: decisions[0].globalPosition },
      to: { position: decisions[1].globalPosition },
    });
    expect(diff).toEqual([
      { path: 'items.i-1.decisionId', before: 'd-1', after: 'd-2', kind: 'CHANGED' },
      {
        path: 'items.i-1.motions.mo-2',
        before: null,
        after: { 'm-1': 'against', 'm-2': 'against' },
        kind: 'ADDED',
      },
      { path: 'items.i-1.sealedMotions[1]', before: null, after: 'mo-2', kind: 'ADDED' },
    ]);
  });

  it('tells what changed between two moments, field by field, moments given as times or positions', async () => {
    const trail = await trailOf('proposal-p-1');
    const diff = async (from: object, to: object) =>
      (await ask<{ diff: unknown[] }>(DIFF, { streamId: 'proposal-p-1', from, to })).diff;

    expect(
      await diff({ position: trail[1].globalPosition }, { at: new Date(trail[3].recordedAt).toISOString() }),
    ).toEqual([
      { path: 'supporters[0]', before: null, after: 'citizen-1', kind: 'ADDED' },
      { path: 'supporters[1]', before: null, after: 'citizen-2', kind: 'ADDED' },
    ]);
    expect(await diff({ position: trail[3].globalPosition }, { position: trail[2].globalPosition })).toEqual([
      { path: 'supporters[1]', before: 'citizen-2', after: null, kind: 'REMOVED' },
    ]);
    const drafting = await diff({ position: trail[0].globalPosition }, { position: trail[1].globalPosition });
    expect(drafting).toEqual(
      expect.arrayContaining([
        { path: 'status', before: 'draft', after: 'submitted', kind: 'CHANGED' },
        { path: 'answered', before: null, after: false, kind: 'ADDED' },
        {
          path: 'policy',
          before: null,
          after: expect.objectContaining({ supportWindowDays: 30 }),
          kind: 'ADDED',
        },
      ]),
    );
    expect(drafting.map((change) => (change as { path: string }).path)).not.toContain('content.title');
    expect(await diff({ position: trail[3].globalPosition }, { position: trail[3].globalPosition })).toEqual(
      [],
    );
  });

  describe('with signed checkpoints', () => {
    let first: StoredCheckpoint;
    let second: StoredCheckpoint;
    let lateSupport: TrailEvent;

    beforeAll(async () => {
      first = (await civicLog.checkpoint('hyeopchi.local/civic', signing, new Date()))!;
      await dispatch('citizen-3', 'SupportProposal', { proposalId: 'p-1' });
      second = (await civicLog.checkpoint('hyeopchi.local/civic', signing, new Date()))!;
      await dispatch('citizen-4', 'SupportProposal', { proposalId: 'p-1' });
      lateSupport = (await trailOf('proposal-p-1')).at(-1)!;
    });

    it('lists them, each verifying with the public key and stating its root', async () => {
      const { checkpoints } = await ask<{
        checkpoints: {
          origin: string;
          treeSize: number;
          rootHash: string;
          time: string;
          signedNote: string;
        }[];
      }>(CHECKPOINTS, { service: 'civic' });
      expect(checkpoints.map((checkpoint) => checkpoint.treeSize)).toEqual([first.treeSize, second.treeSize]);
      expect(second.treeSize).toBe(first.treeSize + 1);
      for (const checkpoint of checkpoints) {
        const verdict = verifyCheckpoint(checkpoint.signedNote, verifier);
        if (!verdict.ok) throw new Error(verdict.reason);
        expect(checkpoint).toEqual({
          origin: 'hyeopchi.local/civic',
          treeSize: verdict.checkpoint.treeSize,
          rootHash: verdict.checkpoint.rootHash.toString('hex'),
          time: verdict.checkpoint.time.toISOString(),
          signedNote: checkpoint.signedNote,
        });
      }
      const other = verifierKeyFrom('hyeopchi', generateSigningKeys().publicKeyPem);
      expect(verifyCheckpoint(checkpoints[0].signedNote, other).ok).toBe(false);
      expect(
        (await ask<{ checkpoints: unknown[] }>(CHECKPOINTS, { service: 'feedback' })).checkpoints,
      ).toEqual([]);
    });

    it("proves an event's inclusion in the latest checkpoint's tree, and one altered byte fails", async () => {
      const supported = (await trailOf('proposal-p-1'))[2];
      const { inclusionProof: proof } = await ask<{
        inclusionProof: {
          service: string;
          eventId: string;
          leafIndex: number;
          treeSize: number;
          leafHash: string;
          auditPath: string[];
          rootHash: string;
          signedNote: string | null;
        };
      }>(INCLUSION, { eventId: supported.eventId });
      expect(proof).toMatchObject({
        service: 'civic',
        eventId: supported.eventId,
        treeSize: second.treeSize,
        signedNote: second.signedNote,
      });
      expect(proof.leafHash).toBe(leafHash(bytes(supported.hash)).toString('hex'));
      const verdict = verifyCheckpoint(proof.signedNote!, verifier);
      if (!verdict.ok) throw new Error(verdict.reason);
      expect(proof.rootHash).toBe(verdict.checkpoint.rootHash.toString('hex'));

      const path = proof.auditPath.map(bytes);
      expect(path.length).toBeGreaterThan(1);
      const verifies = (leaf: Buffer, auditPath: Buffer[], root: Buffer, index = proof.leafIndex) =>
        verifyInclusion(index, proof.treeSize, leaf, auditPath, root);
      expect(verifies(bytes(proof.leafHash), path, bytes(proof.rootHash))).toBe(true);
      expect(verifies(altered(proof.leafHash), path, bytes(proof.rootHash))).toBe(false);
      expect(verifies(bytes(proof.leafHash), path, altered(proof.rootHash, 31))).toBe(false);
      for (let at = 0; at < path.length; at++) {
        const tampered = path.map((hash, index) => (index === at ? altered(hash.toString('hex'), 7) : hash));
        expect(verifies(bytes(proof.leafHash), tampered, bytes(proof.rootHash))).toBe(false);
      }
      expect(verifies(bytes(proof.leafHash), path, bytes(proof.rootHash), proof.leafIndex + 1)).toBe(false);

      // in an earlier tree: the proof holds against that checkpoint's root
      const earlier = (
        await ask<{
          inclusionProof: { rootHash: string; auditPath: string[]; leafIndex: number; signedNote: string };
        }>(INCLUSION, { eventId: supported.eventId, treeSize: first.treeSize })
      ).inclusionProof;
      expect(earlier.signedNote).toBe(first.signedNote);
      expect(
        verifyInclusion(
          earlier.leafIndex,
          first.treeSize,
          bytes(proof.leafHash),
          earlier.auditPath.map(bytes),
          bytes(earlier.rootHash),
        ),
      ).toBe(true);
    });

    it('refuses a proof for an event the tree does not hold yet, and proves it in the whole log', async () => {
      const refused = await graphql(auditor, INCLUSION, { eventId: lateSupport.eventId });
      expect(refused.errors?.[0]).toMatchObject({
        message: expect.stringContaining(`not within the first ${second.treeSize} events of civic's log`),
        extensions: { code: 'BAD_USER_INPUT' },
      });
      const size = second.treeSize + 1;
      const { inclusionProof: proof } = await ask<{
        inclusionProof: {
          leafIndex: number;
          leafHash: string;
          auditPath: string[];
          rootHash: string;
          signedNote: null;
        };
      }>(INCLUSION, { eventId: lateSupport.eventId, treeSize: size });
      expect(proof).toMatchObject({ leafIndex: size - 1, signedNote: null });
      expect(
        verifyInclusion(
          proof.leafIndex,
          size,
          bytes(proof.leafHash),
          proof.auditPath.map(bytes),
          bytes(proof.rootHash),
        ),
      ).toBe(true);
    });

    it('proves the earlier checkpoint a prefix of the later one, and one altered byte fails', async () => {
      const { consistencyProof: proof } = await ask<{
        consistencyProof: {
          service: string;
          fromSize: number;
          toSize: number;
          proof: string[];
          fromRoot: string;
          toRoot: string;
        };
      }>(CONSISTENCY, { service: 'civic', fromSize: first.treeSize, toSize: second.treeSize });
      const rootOf = (checkpoint: StoredCheckpoint) => {
        const verdict = verifyCheckpoint(checkpoint.signedNote, verifier);
        if (!verdict.ok) throw new Error(verdict.reason);
        return verdict.checkpoint.rootHash.toString('hex');
      };
      expect(proof).toMatchObject({
        service: 'civic',
        fromSize: first.treeSize,
        toSize: second.treeSize,
        fromRoot: rootOf(first),
        toRoot: rootOf(second),
      });
      const path = proof.proof.map(bytes);
      expect(path.length).toBeGreaterThan(0);
      const verifies = (fromRoot: Buffer, toRoot: Buffer, consistency: Buffer[]) =>
        verifyConsistency(first.treeSize, second.treeSize, fromRoot, toRoot, consistency);
      expect(verifies(bytes(proof.fromRoot), bytes(proof.toRoot), path)).toBe(true);
      expect(verifies(altered(proof.fromRoot), bytes(proof.toRoot), path)).toBe(false);
      expect(verifies(bytes(proof.fromRoot), altered(proof.toRoot, 16), path)).toBe(false);
      for (let at = 0; at < path.length; at++) {
        const tampered = path.map((hash, index) => (index === at ? altered(hash.toString('hex'), 31) : hash));
        expect(verifies(bytes(proof.fromRoot), bytes(proof.toRoot), tampered)).toBe(false);
      }

      const fromNothing = (
        await ask<{ consistencyProof: { proof: string[]; fromRoot: string } }>(CONSISTENCY, {
          service: 'civic',
          fromSize: 0,
          toSize: second.treeSize,
        })
      ).consistencyProof;
      expect(fromNothing.proof).toEqual([]);
      expect(fromNothing.fromRoot).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    });
  });

  it('answers auditors and admins only: FORBIDDEN for anyone else, UNAUTHENTICATED for a bad token', async () => {
    // the first event of civic's log: leaf 0 of its tree
    const { eventId } = (await trailOf('threshold-policy'))[0];
    const queries: [string, object][] = [
      [TRAIL, { streamId: 'proposal-p-1' }],
      [AS_OF, { streamId: 'proposal-p-1', position: 1 }],
      [DIFF, { streamId: 'proposal-p-1', from: { position: 1 }, to: { position: 2 } }],
      [CHECKPOINTS, { service: 'civic' }],
      [INCLUSION, { eventId, treeSize: 1 }],
      [CONSISTENCY, { service: 'civic', fromSize: 0, toSize: 1 }],
    ];
    for (const [query, variables] of queries) {
      for (const caller of [null, citizen, person('kim', ['cso_admin', 'department_officer'])]) {
        const reply = await graphql(caller, query, variables);
        expect(reply.data).toBeNull();
        expect(reply.errors).toEqual([
          expect.objectContaining({
            message: 'the audit queries are for auditors and admins only',
            extensions: expect.objectContaining({ code: 'FORBIDDEN' }),
          }),
        ]);
      }
      expect((await graphql(admin, query, variables)).errors).toBeUndefined();
    }
    const badToken = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' },
      body: JSON.stringify({ query: TRAIL, variables: { streamId: 'proposal-p-1' } }),
    });
    expect(await badToken.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it('says in words what is wrong with the arguments', async () => {
    const { eventId, globalPosition } = (await trailOf('proposal-p-1'))[0];
    const refusal = async (query: string, variables: object) => {
      const reply = await graphql(auditor, query, variables);
      expect(reply.data ?? null).toBeNull();
      expect(reply.errors).toHaveLength(1);
      return reply.errors![0];
    };
    const badInput = (message: unknown) => ({
      message,
      extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    });

    const bothOrNeither = "give exactly one of at (a time) and position (a position in the service's log)";
    expect(
      await refusal(AS_OF, {
        streamId: 'proposal-p-1',
        at: '2026-01-01T00:00:00Z',
        position: globalPosition,
      }),
    ).toMatchObject(badInput(`streamAsOf: ${bothOrNeither}`));
    expect(await refusal(AS_OF, { streamId: 'proposal-p-1' })).toMatchObject(
      badInput(`streamAsOf: ${bothOrNeither}`),
    );
    expect(await refusal(DIFF, { streamId: 'proposal-p-1', from: { position: 1 }, to: {} })).toMatchObject(
      badInput(`to: ${bothOrNeither}`),
    );
    expect(await refusal(AS_OF, { streamId: 'proposal-p-1', position: -1 })).toMatchObject(
      badInput('streamAsOf: position is 0 or more'),
    );
    expect((await refusal(AS_OF, { streamId: 'proposal-p-1', at: 'yesterday' })).message).toContain(
      'expected a date-time',
    );

    expect(await refusal(TRAIL, { streamId: 'proposal-nobody-drafted' })).toMatchObject(
      badInput('no stream "proposal-nobody-drafted" in any service\'s log'),
    );
    expect(await refusal(AS_OF, { streamId: 'proposal-nobody-drafted', position: 1 })).toMatchObject(
      badInput('no stream "proposal-nobody-drafted" in any service\'s log'),
    );
    expect((await refusal(TRAIL, { streamId: '' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });

    const unknownEvent = randomUUID();
    expect(await refusal(INCLUSION, { eventId: unknownEvent })).toMatchObject(
      badInput(`no event ${unknownEvent} in any service's log`),
    );
    expect(await refusal(INCLUSION, { eventId: 'not-an-id' })).toMatchObject(
      badInput('eventId "not-an-id" is not a UUID'),
    );
    expect(await refusal(INCLUSION, { eventId, treeSize: 1_000_000 })).toMatchObject(
      badInput(expect.stringMatching(/^civic's log holds \d+ events: no tree of 1000000$/)),
    );
    expect(await refusal(CHECKPOINTS, { service: 'parks' })).toMatchObject(
      badInput('no service "parks": expected one of civic, department, committee, feedback'),
    );
    expect(await refusal(CONSISTENCY, { service: 'civic', fromSize: 3, toSize: 2 })).toMatchObject(
      badInput('expected 0 ≤ fromSize ≤ toSize'),
    );
  });

  it('answers the same from a gateway in its own process, which owns none of the logs', async () => {
    // the topics the services would have made: their commands, replies and events
    const kafka = createKafka({ brokers: config.KAFKA_BROKERS!, clientId: `audit-queries-${run}` });
    const commandTopics = CONTEXTS.map((context) => commandTopicOf(context, config.KAFKA_TOPIC_NAMESPACE));
    await ensureTopicsNamed(kafka, [...commandTopics, ...commandTopics.map((topic) => `${topic}.reply`)], 1);
    await ensureTopics(kafka, [...CONTEXTS], 1, config.KAFKA_TOPIC_NAMESPACE);
    const gateway = await createApplicationForTest(GatewayModule.overKafka(config), config, new TestClock());
    try {
      await gateway.listen(0, '127.0.0.1');
      const own = `http://127.0.0.1:${(gateway.getHttpServer().address() as AddressInfo).port}/graphql`;
      const reply = await post<{ auditTrail: TrailEvent[] }>(own, auditor, TRAIL, {
        streamId: 'session-s-1',
      });
      expect(reply.errors).toBeUndefined();
      expect(reply.data!.auditTrail).toEqual(await trailOf('session-s-1'));
    } finally {
      await gateway.close();
    }
  });
});
