import { AddressInfo, Server, Socket, createConnection, createServer } from 'node:net';
import { eventually } from '@hyeopchi/testing';
import { ProxyConfigurationError, TcpFaultProxy } from './tcp-fault-proxy';

/** A target that echoes every chunk back, and remembers every socket it accepted. */
async function echoServer(): Promise<{ server: Server; port: number; accepted: Socket[] }> {
  const accepted: Socket[] = [];
  const server = createServer((socket) => {
    accepted.push(socket);
    socket.on('error', () => undefined);
    socket.pipe(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, accepted };
}

interface Client {
  socket: Socket;
  received(): string;
  closed: Promise<{ error?: NodeJS.ErrnoException }>;
}

function connectTo(port: number): Promise<Client> {
  return new Promise((resolve, reject) => {
    let received = '';
    let error: NodeJS.ErrnoException | undefined;
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', (cause) => (error = cause));
    const closed = new Promise<{ error?: NodeJS.ErrnoException }>((done) =>
      socket.once('close', () => done({ error })),
    );
    socket.once('connect', () => resolve({ socket, received: () => received, closed }));
    socket.once('error', reject);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('TcpFaultProxy', () => {
  let target: Awaited<ReturnType<typeof echoServer>>;
  let proxy: TcpFaultProxy;
  const clients: Socket[] = [];

  const client = async () => {
    const connected = await connectTo(proxy.port);
    clients.push(connected.socket);
    return connected;
  };

  beforeEach(async () => {
    target = await echoServer();
    proxy = await TcpFaultProxy.start({ target: { host: '127.0.0.1', port: target.port } });
  });

  afterEach(async () => {
    clients.splice(0).forEach((socket) => socket.destroy());
    await proxy.close();
    target.accepted.forEach((socket) => socket.destroy());
    await new Promise((resolve) => target.server.close(resolve));
  });

  it('forwards bytes both ways in pass mode', async () => {
    const { socket, received } = await client();
    socket.write('hello, ');
    socket.write('Mapo-gu');
    await eventually(() => expect(received()).toBe('hello, Mapo-gu'));
    expect(proxy.stats()).toMatchObject({ accepted: 1, open: 1, bytesToTarget: 14, bytesFromTarget: 14 });
  });

  it('delays each chunk by at least the latency set, keeping their order', async () => {
    const { socket, received } = await client();
    proxy.latency(150, 100);
    const sent = performance.now();
    const parts = 'abcdefghij'.split('');
    for (const part of parts) {
      socket.write(part);
      // apart, so that each is a chunk of its own with a jitter of its own
      await sleep(10);
    }
    await eventually(() => expect(received()).toBe(parts.join('')));
    // there and back: two delays of at least 150 ms each
    expect(performance.now() - sent).toBeGreaterThanOrEqual(300);
  });

  it('applies a new latency to connections already open', async () => {
    const { socket, received } = await client();
    socket.write('1');
    await eventually(() => expect(received()).toBe('1'));
    proxy.latency(200);
    const sent = performance.now();
    socket.write('2');
    await eventually(() => expect(received()).toBe('12'));
    expect(performance.now() - sent).toBeGreaterThanOrEqual(400);
  });

  it('makes a client see ECONNRESET when it resets, and serves new connections after', async () => {
    const { socket, received, closed } = await client();
    socket.write('before');
    await eventually(() => expect(received()).toBe('before'));
    proxy.reset();
    expect((await closed).error?.code).toBe('ECONNRESET');
    expect(proxy.stats().resets).toBe(1);
    const next = await client();
    next.socket.write('after');
    await eventually(() => expect(next.received()).toBe('after'));
  });

  it('resets new connections during its refusal window', async () => {
    proxy.reset({ refuseNewForMs: 60_000 });
    const socket = createConnection({ host: '127.0.0.1', port: proxy.port });
    clients.push(socket);
    const error = await new Promise<NodeJS.ErrnoException>((resolve) => socket.once('error', resolve));
    expect(error.code).toBe('ECONNRESET');
    expect(proxy.stats()).toMatchObject({ refused: 1, open: 0 });
    expect(target.accepted).toHaveLength(0);
  });

  it('leaves a half-open connection silent and open until the client times out, then heals on pass', async () => {
    const { socket, received } = await client();
    socket.write('before');
    await eventually(() => expect(received()).toBe('before'));
    proxy.halfOpen();
    socket.write('during');
    socket.setTimeout(500);
    await new Promise((resolve) => socket.once('timeout', resolve));
    expect(received()).toBe('before');
    expect(socket.destroyed).toBe(false);
    expect(proxy.stats().open).toBe(1);
    expect(target.accepted[0].destroyed).toBe(false);

    proxy.pass();
    await eventually(() => expect(received()).toBe('beforeduring'));
  });

  it('keeps a connection accepted while half-open silent', async () => {
    proxy.halfOpen();
    const { socket, received } = await client();
    socket.write('unanswered');
    await sleep(300);
    expect(received()).toBe('');
    expect(socket.destroyed).toBe(false);
  });

  it('accepts and silently drops new connections when blackholing, while an open one keeps flowing', async () => {
    const established = await client();
    proxy.blackhole();
    const { socket, received } = await client();
    socket.write('into the void');
    established.socket.write('still here');
    await eventually(() => expect(established.received()).toBe('still here'));
    await sleep(300);
    expect(received()).toBe('');
    expect(socket.destroyed).toBe(false);
    expect(target.accepted).toHaveLength(1);
    expect(proxy.stats()).toMatchObject({ blackholed: 1, open: 2 });
  });

  it('serves new connections once switched back to pass', async () => {
    proxy.blackhole();
    const swallowed = await client();
    proxy.pass();
    const { socket, received } = await client();
    socket.write('served');
    await eventually(() => expect(received()).toBe('served'));
    expect(swallowed.received()).toBe('');
  });

  it('closes connections beyond its limit', async () => {
    const limited = await TcpFaultProxy.start({
      target: { host: '127.0.0.1', port: target.port },
      maxConnections: 1,
    });
    try {
      const first = await connectTo(limited.port);
      clients.push(first.socket);
      const second = await connectTo(limited.port);
      clients.push(second.socket);
      await second.closed;
      expect(limited.stats()).toMatchObject({ overLimit: 1, open: 1 });
    } finally {
      await limited.close();
    }
  });

  it('resets the client when the target refuses the connection', async () => {
    const unreachable = await TcpFaultProxy.start({ target: { host: '127.0.0.1', port: target.port } });
    await new Promise((resolve) => target.server.close(resolve));
    target = await echoServer();
    try {
      const { closed } = await connectTo(unreachable.port);
      await closed;
      expect(unreachable.stats()).toMatchObject({ targetFailures: 1, open: 0 });
    } finally {
      await unreachable.close();
    }
  });

  it('refuses a target off this machine and an unbounded latency', async () => {
    await expect(TcpFaultProxy.start({ target: { host: '10.0.0.1', port: 5432 } })).rejects.toThrow(
      ProxyConfigurationError,
    );
    expect(() => proxy.latency(Number.POSITIVE_INFINITY)).toThrow(ProxyConfigurationError);
    expect(() => proxy.latency(-1)).toThrow(ProxyConfigurationError);
    expect(proxy.mode).toEqual({ kind: 'pass' });
  });
});
