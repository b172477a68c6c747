import { loadConfiguration } from '@hyeopchi/config';
import { GatewayModule, applyTrustProxy } from '@hyeopchi/gateway';
import { Identity } from '@hyeopchi/identity';
import { CommandDispatcher } from '@hyeopchi/command-processing';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { allServices, registerDemoDepartments } from '@hyeopchi/platform';
import { Started, eventually, freshDatabase, person, testDatabaseUrl, testToken } from '@hyeopchi/testing';
import { INestApplication, LoggerService } from '@nestjs/common';
import { createClient } from 'graphql-ws';
import { randomBytes } from 'node:crypto';
import { AddressInfo, Socket, connect } from 'node:net';
import { Histogram, register } from 'prom-client';
import WebSocket from 'ws';
import { MAX_HTTP_BODY_BYTES, MAX_WEBSOCKET_MESSAGE_BYTES } from '../src/request-size';
import { MAX_CONNECTIONS_PER_ADDRESS } from '../src/subscription-server';

const secret = 'a-gateway-edge-test-secret-of-at-least-32-characters';
const RATE_LIMIT_BURST = 30;
const RESULT = `... on CommandAccepted { streamId } ... on CommandRefused { code message }`;

/** What the application logged, by level: the edge's refusals are warnings, never errors with a stack. */
class RecordingLogger implements LoggerService {
  readonly entries: { level: string; message: string; stack?: unknown }[] = [];
  log(): void {}
  warn(message: string): void {
    this.entries.push({ level: 'warn', message });
  }
  error(message: string, stack?: unknown): void {
    this.entries.push({ level: 'error', message, stack });
  }
}

/** The gateway's edge through its real HTTP server and WebSocket, on the services in the same process. */
describe("the gateway's edge", () => {
  let database: Started<string>;
  let app: INestApplication;
  let url: string;
  let port: number;
  const logs = new RecordingLogger();

  const nodeEnv = process.env.NODE_ENV;
  beforeAll(async () => {
    // as `npm start` runs (Jest's "test" would hide what development shows a caller)
    process.env.NODE_ENV = 'development';
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_edge_${randomBytes(4).toString('hex')}`);
    const config = loadConfiguration({
      DATABASE_URL: database.value,
      JWT_SECRET: secret,
      // a bucket that does not refill while a test runs
      RATE_LIMIT_BURST: String(RATE_LIMIT_BURST),
      RATE_LIMIT_PER_MINUTE: '1',
    });
    app = await startInProcessForTest(allServices(config), config, new TestClock(), [
      GatewayModule.inProcess(),
    ]);
    app.useLogger(logs);
    // every test speaks from an address of its own (x-forwarded-for), so their rate limits stay apart
    applyTrustProxy(app, loadConfiguration({ TRUST_PROXY: 'loopback' }));
    await app.listen(0, '127.0.0.1');
    await registerDemoDepartments((request) => app.get(CommandDispatcher).dispatch(request));
    port = (app.getHttpServer().address() as AddressInfo).port;
    url = `http://127.0.0.1:${port}/graphql`;
  });
  afterAll(async () => {
    await app?.close();
    await database?.stop();
    process.env.NODE_ENV = nodeEnv;
  });

  const post = (body: string, from: string, identity?: Identity) =>
    fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': from,
        ...(identity ? { authorization: `Bearer ${testToken(identity, secret)}` } : {}),
      },
      body,
    });
  const graphql = async (query: string, variables: object, from: string, identity?: Identity) => {
    const response = await post(JSON.stringify({ query, variables }), from, identity);
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    return { status: response.status, data: body.data ?? {}, errors: body.errors, body };
  };

  /** graphql-ws's client, connecting from `address` (as a proxy would forward it). */
  const clientFrom = (address: string) =>
    createClient({
      url: url.replace('http', 'ws'),
      webSocketImpl: class extends WebSocket {
        constructor(target: string, protocols: string | string[]) {
          super(target, protocols, { headers: { 'x-forwarded-for': address } });
        }
      },
    });
  /** The first thing a subscription receives: its error, or its first result. */
  const firstOf = (client: ReturnType<typeof createClient>, query: string, variables = {}) =>
    new Promise<string>((resolve) => {
      client.subscribe(
        { query, variables },
        {
          next: (value) => resolve(JSON.stringify(value)),
          error: (error) => resolve(JSON.stringify(error)),
          complete: () => resolve('complete'),
        },
      );
    });

  describe('the WebSocket (S1: one anonymous client could exhaust the heap)', () => {
    /** A raw WebSocket handshake on /graphql; resolves with the socket once upgraded. */
    const upgraded = (address: string) =>
      new Promise<Socket>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () =>
          socket.write(
            [
              'GET /graphql HTTP/1.1',
              `Host: 127.0.0.1:${port}`,
              'Upgrade: websocket',
              'Connection: Upgrade',
              `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
              'Sec-WebSocket-Version: 13',
              'Sec-WebSocket-Protocol: graphql-transport-ws',
              `X-Forwarded-For: ${address}`,
              '',
              '',
            ].join('\r\n'),
          ),
        );
        socket.once('data', (head) =>
          head.toString().startsWith('HTTP/1.1 101') ? resolve(socket) : reject(new Error(head.toString())),
        );
        socket.once('error', reject);
      });

    it('closes a connection whose message claims more than the bound (1009), having read only its header', async () => {
      const socket = await upgraded('203.0.113.1');
      const received: Buffer[] = [];
      socket.on('data', (chunk) => received.push(chunk));
      const closed = new Promise((resolve) => socket.once('close', resolve));
      // a masked text frame announcing 90 MB, of which nothing follows: the server must not wait to buffer it
      const header = Buffer.alloc(14);
      header[0] = 0x81;
      header[1] = 0x80 | 127;
      header.writeBigUInt64BE(BigInt(90 * 1024 * 1024), 2);
      socket.write(header);
      await closed;
      const frame = Buffer.concat(received);
      expect(frame[0]).toBe(0x88); // a close frame
      expect(frame.readUInt16BE(2)).toBe(1009); // message too big
    });

    it('closes with 1009 a message over the bound, and keeps serving others', async () => {
      expect(MAX_WEBSOCKET_MESSAGE_BYTES).toBeLessThan(100 * 1024);
      const client = new WebSocket(url.replace('http', 'ws'), 'graphql-transport-ws', {
        headers: { 'x-forwarded-for': '203.0.113.2' },
      });
      await new Promise((resolve) => client.once('open', resolve));
      client.send(JSON.stringify({ type: 'connection_init' }));
      const closed = new Promise<number>((resolve) => client.once('close', resolve));
      client.send(
        JSON.stringify({
          id: '1',
          type: 'subscribe',
          payload: {
            query: 'subscription ($id: String) { proposalStatusChanged(proposalId: $id) { id } }',
            variables: { id: 'x'.repeat(MAX_WEBSOCKET_MESSAGE_BYTES) },
          },
        }),
      );
      expect(await closed).toBe(1009);

      const other = clientFrom('203.0.113.2');
      try {
        expect(await firstOf(other, '{ departmentReviews { open } }')).toContain('subscriptions only');
      } finally {
        await other.dispose();
      }
    });

    it('refuses an address its next connection once it holds the most, and takes others', async () => {
      const held = await Promise.all(
        Array.from({ length: MAX_CONNECTIONS_PER_ADDRESS }, () => upgraded('203.0.113.3')),
      );
      try {
        await expect(upgraded('203.0.113.3')).rejects.toThrow('429 Too Many Requests');
        const other = await upgraded('203.0.113.4');
        other.destroy();
        const released = new Promise((resolve) => held[0].once('close', resolve));
        held[0].destroy();
        await released;
        // the server sees the close a moment later
        let again: Socket | undefined;
        for (let attempt = 0; !again && attempt < 50; attempt++) {
          again = await upgraded('203.0.113.3').catch(
            () => new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 20)),
          );
        }
        expect(again).toBeDefined();
        again?.destroy();
      } finally {
        held.forEach((socket) => socket.destroy());
      }
    });

    it('charges subscriptions to the rate limit of their caller, as HTTP operations are', async () => {
      const aliased = (count: number) =>
        `{ ${Array.from({ length: count }, (_, i) => `a${i}: departmentReviews { open }`).join(' ')} }`;
      // the burst, spent over HTTP
      expect((await graphql(aliased(20), {}, '203.0.113.5')).status).toBe(200);
      expect((await graphql(aliased(RATE_LIMIT_BURST - 20), {}, '203.0.113.5')).status).toBe(200);
      const client = clientFrom('203.0.113.5');
      try {
        const refused = await firstOf(client, 'subscription { decisionRecorded { itemId } }');
        expect(refused).toContain('RATE_LIMITED');
      } finally {
        await client.dispose();
      }
    });
  });

  describe('text the database cannot store (S8)', () => {
    const kim = person('kim', ['cso_admin'], { organizations: ['mapo'] });
    const DRAFT = `mutation ($input: DraftProposalInput!) { draftProposal(input: $input) { ${RESULT} } }`;
    const draft = (fields: object) => ({
      input: {
        proposalId: 'p-text',
        title: 'Shade canopies',
        body: 'Shade in three parks.',
        serves: ['strategy-5'],
        departments: ['parks'],
        district: 'Mapo-gu',
        organizationId: null,
        ...fields,
      },
    });

    it.each([
      ['a NUL character in a text', { title: 'Shade \u0000 canopies' }],
      ['a lone surrogate in a text', { body: 'Shade \uD800 in parks' }],
      ['a NUL character in an id the policy looks up', { organizationId: 'mapo\u0000' }],
    ])('refuses a command carrying %s as INVALID_COMMAND', async (_what, fields) => {
      const { data, errors } = await graphql(DRAFT, draft(fields), '203.0.113.10', kim);
      expect(errors).toBeUndefined();
      expect(data.draftProposal).toMatchObject({
        code: 'INVALID_COMMAND',
        message: expect.stringContaining('must not contain NUL characters or unpaired surrogates'),
      });
    });

    it('refuses it in commands arriving over Kafka too: the command schemas themselves refuse it', async () => {
      const dispatcher = app.get(CommandDispatcher);
      const minutes = {
        type: 'PublishMinutes',
        actor: 'secretary',
        data: { sessionId: 's-1', minutes: 'The minutes \u0000' },
      };
      expect(await dispatcher.dispatch(minutes)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_COMMAND' },
      });
      const correlated = {
        ...minutes,
        data: { sessionId: 's-1', minutes: 'The minutes' },
        correlationId: 'chain-\uDC00',
      };
      expect(await dispatcher.dispatch(correlated)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_COMMAND' },
      });
    });

    it("refuses it in a query's variables and literals as BAD_USER_INPUT, before the database", async () => {
      const byVariable = await graphql(
        'query ($id: String!) { proposal(id: $id) { id } }',
        { id: 'p\u0000' },
        '203.0.113.11',
      );
      expect(byVariable.status).toBe(400);
      expect(byVariable.errors).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT' } }]);
      const byLiteral = await graphql('{ proposal(id: "p\\u0000") { id } }', {}, '203.0.113.11');
      expect(byLiteral.errors).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT' } }]);
      const surrogate = await graphql(
        'query ($text: String) { proposals(filter: { text: $text }) { totalCount } }',
        { text: 'canopies \uDBFF' },
        '203.0.113.11',
      );
      expect(surrogate.errors).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT' } }]);
      expect(logs.entries.filter((entry) => entry.level === 'error')).toEqual([]);
    });

    it("refuses it in a subscription's variables as BAD_USER_INPUT", async () => {
      const client = clientFrom('203.0.113.12');
      try {
        const refused = await firstOf(
          client,
          'subscription ($id: String) { proposalStatusChanged(proposalId: $id) { id } }',
          { id: 'p\u0000' },
        );
        expect(refused).toContain('BAD_USER_INPUT');
      } finally {
        await client.dispose();
      }
    });

    it('answers errors without a stack or the server’s paths, in development too', async () => {
      const forged = await graphql(
        'query ($after: String) { proposals(after: $after) { totalCount } }',
        { after: 'bm90LWEtY3Vyc29y' },
        '203.0.113.13',
      );
      expect(forged.errors).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT' } }]);
      expect(JSON.stringify(forged.body)).not.toContain('stacktrace');
      expect(JSON.stringify(forged.body)).not.toContain(process.cwd());
    });
  });

  describe('the HTTP body (S9)', () => {
    const secretary = person('secretary', ['secretariat']);
    const PUBLISH = `mutation ($input: PublishMinutesInput!) { publishMinutes(input: $input) { ${RESULT} } }`;

    it('takes the largest valid command written in Hangul, and hands it to the service', async () => {
      const minutes = '회'.repeat(100_000);
      const body = JSON.stringify({
        query: PUBLISH,
        variables: { input: { sessionId: 'no-such-session', minutes } },
      });
      expect(Buffer.byteLength(body)).toBeGreaterThan(300_000);
      const response = await post(body, '203.0.113.20', secretary);
      expect(response.status).toBe(200);
      const answer = (await response.json()) as { data: { publishMinutes: { code: string } } };
      // the session's own refusal: the body was read whole and the command reached the committee service
      expect(answer.data.publishMinutes.code).not.toMatch(/INVALID_COMMAND|REQUEST_TOO_LARGE/);
    });

    it('answers a body over the bound as a GraphQL error, logged as a warning without a stack', async () => {
      const before = logs.entries.length;
      const padding = 'x'.repeat(MAX_HTTP_BODY_BYTES);
      const response = await post(
        JSON.stringify({ query: '{ me { subject } }', variables: { padding } }),
        '203.0.113.21',
      );
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({
        errors: [
          {
            message: expect.stringContaining(`larger than ${MAX_HTTP_BODY_BYTES} bytes`),
            extensions: { code: 'REQUEST_TOO_LARGE', maxBytes: MAX_HTTP_BODY_BYTES },
          },
        ],
      });
      const logged = logs.entries.slice(before);
      expect(logged).toEqual([{ level: 'warn', message: expect.stringContaining('413') }]);

      const broken = await post('{"query": ', '203.0.113.21');
      expect(broken.status).toBe(400);
      expect(await broken.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
    });
  });

  describe('kept answers, served ahead of Express', () => {
    // ten root fields: three such answers spend an address's burst
    const tenProposals = `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: proposal(id: "none") { id }`).join(' ')} }`;
    // Apollo ends its answers with a line break
    const kept = `${JSON.stringify({
      data: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`a${i}`, null])),
    })}\n`;

    it("charges each answer to its caller's rate limit and refuses one over it (429, RATE_LIMITED)", async () => {
      const body = JSON.stringify({ query: tenProposals });
      const answers = [];
      for (let i = 0; i < 4; i++) {
        const response = await post(body, '203.0.113.30');
        answers.push({ status: response.status, body: await response.text() });
      }
      expect(answers.slice(0, 3)).toEqual(Array(3).fill({ status: 200, body: kept }));
      expect(answers[3].status).toBe(429);
      expect(JSON.parse(answers[3].body)).toMatchObject({
        errors: [{ extensions: { code: 'RATE_LIMITED' } }],
      });
      // the same kept answer, charged to another address
      const another = await post(body, '203.0.113.31');
      expect({ status: another.status, body: await another.text() }).toEqual({ status: 200, body: kept });
    });

    it('refuses a body over the bound whatever it asks (413), with its length told or not', async () => {
      const body = JSON.stringify({
        query: tenProposals,
        variables: { padding: 'x'.repeat(MAX_HTTP_BODY_BYTES) },
      });
      expect((await post(JSON.stringify({ query: tenProposals }), '203.0.113.32')).status).toBe(200);
      expect((await post(body, '203.0.113.32')).status).toBe(413);
      const streamed = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.32' },
        body: new Blob([body]).stream(),
        duplex: 'half',
      } as RequestInit);
      expect(streamed.status).toBe(413);
    });
  });

  describe('request targets that are no URL (review 17, finding 1: one request stopped the process)', () => {
    /** Sends `lines` as they are and resolves with the status line of the answer. */
    const statusLineOf = (lines: string[]) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => socket.write([...lines, '', ''].join('\r\n')));
        socket.once('data', (head) => {
          resolve(head.toString().split('\r\n')[0]);
          socket.destroy();
        });
        socket.once('error', reject);
        socket.setTimeout(20_000, () => reject(new Error(`no answer to ${lines[0]}`)));
      });
    const timedRequests = async (route: string) =>
      (await (register.getSingleMetric('hyeopchi_http_request_duration_seconds') as Histogram).get()).values
        .filter(({ labels, metricName }) => labels.route === route && metricName?.endsWith('_count'))
        .reduce((sum, { value }) => sum + value, 0);

    it.each(['http://[', 'http://a:b:c/', 'http://%/', 'http://:99999/'])(
      'answers GET %s as any other page, counted as route "other", and goes on answering',
      async (target) => {
        const otherBefore = await timedRequests('other');
        const status = await statusLineOf([`GET ${target} HTTP/1.1`, `Host: 127.0.0.1:${port}`]);
        expect(status).toMatch(/^HTTP\/1\.1 [2-4]\d\d /);
        await eventually(async () => expect(await timedRequests('other')).toBe(otherBefore + 1));
        expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
      },
    );

    it('refuses a WebSocket upgrade to such a target with 400, and goes on answering', async () => {
      const status = await statusLineOf([
        'GET http://[ HTTP/1.1',
        `Host: 127.0.0.1:${port}`,
        'Upgrade: websocket',
        'Connection: Upgrade',
        `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
        'Sec-WebSocket-Version: 13',
      ]);
      expect(status).toBe('HTTP/1.1 400 Bad Request');
      expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
    });

    it('times the probes under their own routes (finding 11)', async () => {
      const before = {
        live: await timedRequests('/health/live'),
        ready: await timedRequests('/health/ready'),
      };
      await fetch(`http://127.0.0.1:${port}/health/live`);
      await fetch(`http://127.0.0.1:${port}/health/ready`);
      await eventually(async () => {
        expect(await timedRequests('/health/live')).toBe(before.live + 1);
        expect(await timedRequests('/health/ready')).toBe(before.ready + 1);
      });
    });
  });

  describe('headers (S14)', () => {
    it('keeps every answer out of frames and sniffing, and does not say what serves it', async () => {
      for (const path of ['/health', '/graphql?query=%7B__typename%7D', '/no-such-page']) {
        const response = await fetch(`http://127.0.0.1:${port}${path}`, {
          headers: { 'apollo-require-preflight': 'true' },
        });
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
        expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
        expect(response.headers.get('x-powered-by')).toBeNull();
      }
    });

    it("tells anyone /health's state without where the database lives", async () => {
      const health = (await (await fetch(`http://127.0.0.1:${port}/health`)).json()) as {
        database: { status: string; where: string };
      };
      expect(health.database).toEqual({ status: 'up', where: 'PostgreSQL' });
    });

    it("opens Apollo's Sandbox at /graphql outside production, under its own script policy", async () => {
      const response = await fetch(url, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('embeddable-sandbox');
      expect(response.headers.get('content-security-policy')).toBe(
        "object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
      );
    });
  });
});
