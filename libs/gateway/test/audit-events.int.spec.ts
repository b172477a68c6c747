import { keyIdOf, readSigningKey, verifierKeyFrom, verifyCheckpoint } from '@hyeopchi/audit';
import { DATABASE, Database } from '@hyeopchi/event-infrastructure';
import { loadConfiguration } from '@hyeopchi/config';
import { AuditLog } from '@hyeopchi/event-store';
import { GatewayModule } from '@hyeopchi/gateway';
import { Identity } from '@hyeopchi/identity';
import { CommandDispatcher } from '@hyeopchi/command-processing';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { allServices, registerDemoDepartments } from '@hyeopchi/platform';
import { Started, eventually, freshDatabase, testDatabaseUrl, person, testToken } from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import { createPublicKey, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const secret = 'an-audit-events-secret-of-at-least-32-characters';
const auditor = person('auditor-1', ['auditor']);

interface GraphQLReply<T> {
  data: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

interface PagedEvent {
  streamId: string;
  streamVersion: number;
  globalPosition: number;
  eventId: string;
  type: string;
  actor: string | null;
  hash: string;
  previousHash: string | null;
}

interface Page {
  auditEvents: { events: PagedEvent[]; endCursor: string };
}

const EVENT_FIELDS = 'streamId streamVersion globalPosition eventId type actor hash previousHash';
const EVENTS = `query ($service: String!, $after: String, $first: Int) {
  auditEvents(service: $service, after: $after, first: $first) { events { ${EVENT_FIELDS} } endCursor } }`;
const TRAIL = `query ($streamId: String!) { auditTrail(streamId: $streamId) { ${EVENT_FIELDS} } }`;
const KEY = '{ checkpointKey { name keyId publicKeyPem originPrefix } }';

/** A service's log page by page, and the key that signs its checkpoints, over HTTP on a real PostgreSQL. */
describe('the GraphQL gateway: a service log for auditors, page by page', () => {
  const run = randomBytes(4).toString('hex');
  let database: Started<string>;
  let keyDir: string;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_audit_events_${run}`);
    keyDir = await mkdtemp(join(tmpdir(), 'hyeopchi-audit-events-keys-'));
    const config = loadConfiguration({
      DATABASE_URL: database.value,
      JWT_SECRET: secret,
      RATE_LIMIT_PER_MINUTE: '60000',
      AUDIT_SIGNING_KEY_FILE: join(keyDir, 'checkpoint-signing.key'),
      AUDIT_ORIGIN: 'city.example/hyeopchi',
      AUDIT_CHECKPOINT_EVERY_SECONDS: '86400',
    });
    app = await startInProcessForTest(allServices(config), config, new TestClock(), [
      GatewayModule.inProcess(),
    ]);
    await app.listen(0, '127.0.0.1');
    await registerDemoDepartments((request) => app.get(CommandDispatcher).dispatch(request));
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
    await dispatch('admin', 'AdoptThresholdPolicy', {
      supportWindowDays: 30,
      tiers: [{ tier: 'department_answer', measure: 'supports', threshold: 100 }],
    });
    await dispatch('kim', 'DraftProposal', {
      proposalId: 'p-1',
      title: 'Shade canopies',
      body: 'Shade in three parks.',
      serves: ['strategy-5'],
      departments: ['parks'],
      district: 'Mapo-gu',
      organizationId: null,
    });
    await dispatch('kim', 'SubmitProposal', { proposalId: 'p-1' });
    for (const citizen of ['citizen-1', 'citizen-2', 'citizen-3']) {
      await dispatch(citizen, 'SupportProposal', { proposalId: 'p-1' });
    }
  });
  afterAll(async () => {
    await app?.close();
    await database?.stop();
    if (keyDir) await rm(keyDir, { recursive: true, force: true });
  });

  async function dispatch(actor: string, type: string, data: Record<string, unknown>) {
    const reply = await app.get(CommandDispatcher).dispatch({ type, actor, data });
    if (!reply.ok) throw new Error(`${type}: ${JSON.stringify(reply.error)}`);
  }

  const graphql = async <T>(identity: Identity | null, query: string, variables = {}) => {
    const token = identity && testToken(identity, secret);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLReply<T>;
  };
  const ask = async <T>(query: string, variables = {}): Promise<T> => {
    const reply = await graphql<T>(auditor, query, variables);
    if (!reply.data || reply.errors) throw new Error(JSON.stringify(reply.errors ?? reply));
    return reply.data;
  };
  const page = async (after: string | null, first: number) =>
    (await ask<Page>(EVENTS, { service: 'civic', after, first })).auditEvents;

  /** Every page from `after` until one comes back short, as a client tailing the log reads it. */
  async function readToTheEnd(after: string | null, first: number) {
    const events: PagedEvent[] = [];
    for (let cursor = after; ;) {
      const next = await page(cursor, first);
      events.push(...next.events);
      cursor = next.endCursor;
      if (next.events.length < first) return { events, endCursor: cursor };
    }
  }

  /**
   * The whole log once it is all readable: the last appends are held back until no transaction that began before
   * them can still commit.
   */
  const wholeLog = (first: number) =>
    eventually(async () => {
      const read = await readToTheEnd(null, first);
      const pool = app.get<Database>(DATABASE).pool;
      const { rows } = await pool.query<{ count: string }>('SELECT count(*) FROM civic.events');
      expect(read.events).toHaveLength(Number(rows[0].count));
      return read;
    });

  it("gives the whole log in pages, in order, each event as the stream's own trail gives it", async () => {
    const { events } = await wholeLog(2);
    expect(new Set(events.map((event) => event.eventId)).size).toBe(events.length);
    const positions = events.map((event) => event.globalPosition);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));

    const proposal = events.filter((event) => event.streamId === 'proposal-p-1');
    expect(proposal.map((event) => event.type)).toEqual([
      'proposal.drafted.v1',
      'proposal.submitted.v1',
      'proposal.supported.v1',
      'proposal.supported.v1',
      'proposal.supported.v1',
    ]);
    // previous hashes across page boundaries come from the log: the same as the stream's own trail
    const { auditTrail } = await ask<{ auditTrail: PagedEvent[] }>(TRAIL, { streamId: 'proposal-p-1' });
    expect(proposal).toEqual(auditTrail);
    expect(proposal[4]).toMatchObject({ actor: 'citizen-3', previousHash: proposal[3].hash });
  });

  it('gives, from the last cursor, exactly what was appended since: a live tail', async () => {
    const { endCursor } = await wholeLog(50);
    expect((await page(endCursor, 50)).events).toEqual([]);

    await dispatch('citizen-4', 'SupportProposal', { proposalId: 'p-1' });
    const tail = await eventually(async () => {
      const next = await page(endCursor, 50);
      expect(next.events).toEqual([
        expect.objectContaining({ streamId: 'proposal-p-1', streamVersion: 6, actor: 'citizen-4' }),
      ]);
      return next;
    });
    expect(tail.endCursor).not.toBe(endCursor);
    expect((await page(tail.endCursor, 50)).events).toEqual([]);
  });

  it('answers auditors and admins only, and says what is wrong with the arguments', async () => {
    for (const caller of [null, person('citizen-9', ['citizen']), person('kim', ['cso_admin'])]) {
      const reply = await graphql(caller, EVENTS, { service: 'civic' });
      expect(reply.data).toBeNull();
      expect(reply.errors).toEqual([
        expect.objectContaining({
          message: 'the audit queries are for auditors and admins only',
          extensions: expect.objectContaining({ code: 'FORBIDDEN' }),
        }),
      ]);
    }
    expect((await graphql(person('admin', ['admin']), EVENTS, { service: 'civic' })).errors).toBeUndefined();

    const refusal = async (variables: object) => (await graphql(auditor, EVENTS, variables)).errors?.[0];
    const badInput = (message: string) => ({
      message,
      extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    });
    expect(await refusal({ service: 'civic', after: '12' })).toMatchObject(
      badInput('after "12" is not a cursor this query gave'),
    );
    expect(await refusal({ service: 'civic', first: 0 })).toMatchObject(badInput('first must be 1 to 200'));
    expect(await refusal({ service: 'civic', first: 201 })).toMatchObject(badInput('first must be 1 to 200'));
    expect(await refusal({ service: 'parks' })).toMatchObject(
      badInput('no service "parks": expected one of civic, department, committee, feedback'),
    );
  });

  it('gives anyone the public key that verifies the checkpoints, its name and the origins', async () => {
    const reply = await graphql<{
      checkpointKey: { name: string; keyId: string; publicKeyPem: string; originPrefix: string };
    }>(null, KEY);
    expect(reply.errors).toBeUndefined();
    const key = reply.data!.checkpointKey;
    expect(key).toMatchObject({ name: 'hyeopchi', originPrefix: 'city.example/hyeopchi' });
    expect(key.keyId).toBe(keyIdOf('hyeopchi', createPublicKey(key.publicKeyPem)).toString('hex'));

    // what the platform signs with verifies with the key it gives
    const signing = await readSigningKey(join(keyDir, 'checkpoint-signing.key'), 'hyeopchi');
    const civicLog = await AuditLog.open(app.get<Database>(DATABASE).pool, 'civic');
    const checkpoint = await civicLog.checkpoint('city.example/hyeopchi/civic', signing!, new Date());
    const verdict = verifyCheckpoint(checkpoint!.signedNote, verifierKeyFrom(key.name, key.publicKeyPem));
    expect(verdict).toMatchObject({ ok: true, checkpoint: { origin: 'city.example/hyeopchi/civic' } });
  });
});
