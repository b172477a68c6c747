import { AddressInfo, createServer, Server, Socket, connect } from 'node:net';
import { DelayedPipe } from './delayed-pipe';

/**
 * What the proxy does, switchable while it runs. `pass`, `latency` and `blackhole` keep established connections
 * flowing; `halfOpen` freezes them. `blackhole` only changes what happens to connections accepted from then on.
 */
export type ProxyMode =
  | { kind: 'pass' }
  | { kind: 'latency'; ms: number; jitterMs: number }
  | { kind: 'halfOpen' }
  | { kind: 'blackhole' };

export interface ProxyTarget {
  host: string;
  port: number;
}

export interface TcpFaultProxyOptions {
  target: ProxyTarget;
  /** The port to listen on (127.0.0.1); 0, the default, takes a free one. A Kafka broker must advertise it. */
  port?: number;
  /** Connections beyond this are closed as soon as they are accepted. */
  maxConnections?: number;
}

/** What the proxy saw since it started, for the chaos report. */
export interface ProxyCounters {
  accepted: number;
  open: number;
  /** Accepted while blackholing: read and dropped, never forwarded, never closed. */
  blackholed: number;
  /** Reset as soon as accepted, during a reset's refusal window. */
  refused: number;
  /** Closed on accept because `maxConnections` were open. */
  overLimit: number;
  /** Connections the proxy reset (both of their sockets count once). */
  resets: number;
  /** The target did not accept or dropped the connection with an error. */
  targetFailures: number;
  bytesToTarget: number;
  bytesFromTarget: number;
}

const LOOPBACK = /^(127(\.\d{1,3}){3}|::1|localhost)$/;
const DEFAULT_MAX_CONNECTIONS = 512;
const MAX_DELAY_MS = 600_000;

export class ProxyConfigurationError extends Error {
  override readonly name = 'ProxyConfigurationError';
}

interface Connection {
  reset(): void;
  close(): void;
  freeze(): void;
  thaw(): void;
}

/**
 * A TCP proxy on loopback that injects network faults between a client and one target: latency, resets,
 * silently hung (half-open) connections and a blackhole. A test fixture: it refuses any target off this machine.
 */
export class TcpFaultProxy {
  private currentMode: ProxyMode = { kind: 'pass' };
  private refuseUntil = 0;
  private readonly connections = new Set<Connection>();
  private readonly counters: Omit<ProxyCounters, 'open'> = {
    accepted: 0,
    blackholed: 0,
    refused: 0,
    overLimit: 0,
    resets: 0,
    targetFailures: 0,
    bytesToTarget: 0,
    bytesFromTarget: 0,
  };

  private constructor(
    private readonly server: Server,
    readonly target: ProxyTarget,
  ) {
    server.on('connection', (client) => this.accept(client));
    server.on('drop', () => this.counters.overLimit++);
  }

  static async start(options: TcpFaultProxyOptions): Promise<TcpFaultProxy> {
    const { target, port = 0, maxConnections = DEFAULT_MAX_CONNECTIONS } = options;
    if (!LOOPBACK.test(target.host)) {
      throw new ProxyConfigurationError(`the fault proxy only forwards to loopback, not to ${target.host}`);
    }
    const server = createServer({ allowHalfOpen: true, pauseOnConnect: true });
    server.maxConnections = maxConnections;
    const proxy = new TcpFaultProxy(server, target);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    return proxy;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** `127.0.0.1:<port>`, what a client is given instead of the target's address. */
  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  get mode(): ProxyMode {
    return this.currentMode;
  }

  pass(): void {
    this.switchTo({ kind: 'pass' });
  }

  /** Delays every chunk, both ways, by `ms` plus up to `jitterMs`; order is kept. */
  latency(ms: number, jitterMs = 0): void {
    for (const value of [ms, jitterMs]) {
      if (!Number.isFinite(value) || value < 0 || value > MAX_DELAY_MS) {
        throw new ProxyConfigurationError(`a latency must be between 0 and ${MAX_DELAY_MS} ms, not ${value}`);
      }
    }
    this.switchTo({ kind: 'latency', ms, jitterMs });
  }

  /**
   * Connections stay open, nothing is forwarded either way and nothing is closed: each side sees a silent peer
   * until its own timeout or keepalive gives up. The proxy stops reading, so a sender's writes back up as on a
   * real partition. Switching back to `pass` or `latency` lets what was held through, as when a partition heals.
   */
  halfOpen(): void {
    this.switchTo({ kind: 'halfOpen' });
  }

  /** New connections are accepted, their bytes read and dropped; they are never answered nor closed. */
  blackhole(): void {
    this.switchTo({ kind: 'blackhole' });
  }

  /**
   * Resets (RST) every open connection on both sides; for `refuseNewForMs` after, resets new ones as soon as they
   * are accepted. Leaves the mode as it was.
   */
  reset(options: { refuseNewForMs?: number } = {}): void {
    const { refuseNewForMs = 0 } = options;
    if (!Number.isFinite(refuseNewForMs) || refuseNewForMs < 0 || refuseNewForMs > MAX_DELAY_MS) {
      throw new ProxyConfigurationError(`a refusal window must be between 0 and ${MAX_DELAY_MS} ms`);
    }
    this.refuseUntil = performance.now() + refuseNewForMs;
    for (const connection of [...this.connections]) connection.reset();
  }

  stats(): ProxyCounters {
    return { ...this.counters, open: this.connections.size };
  }

  /** Stops listening and closes every connection (without RST). */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const connection of [...this.connections]) connection.close();
    await closed;
  }

  private switchTo(mode: ProxyMode): void {
    this.currentMode = mode;
    for (const connection of this.connections) {
      if (mode.kind === 'halfOpen') connection.freeze();
      else connection.thaw();
    }
  }

  private accept(client: Socket): void {
    this.counters.accepted++;
    if (performance.now() < this.refuseUntil) {
      this.counters.refused++;
      client.on('error', () => undefined);
      client.resetAndDestroy();
      return;
    }
    const connection =
      this.currentMode.kind === 'blackhole' ? this.swallow(client) : this.forward(client, this.currentMode);
    this.connections.add(connection);
  }

  private swallow(client: Socket): Connection {
    this.counters.blackholed++;
    const connection: Connection = {
      reset: () => {
        this.counters.resets++;
        client.resetAndDestroy();
      },
      close: () => client.destroy(),
      freeze: () => undefined,
      thaw: () => undefined,
    };
    client.on('error', () => undefined);
    client.on('close', () => this.connections.delete(connection));
    client.on('data', () => undefined);
    client.resume();
    return connection;
  }

  private forward(client: Socket, mode: ProxyMode): Connection {
    const upstream = connect({ host: this.target.host, port: this.target.port, allowHalfOpen: true });
    const delayMs = () =>
      this.currentMode.kind === 'latency'
        ? this.currentMode.ms + Math.random() * this.currentMode.jitterMs
        : 0;
    const pipes = [
      new DelayedPipe(client, upstream, delayMs, (bytes) => (this.counters.bytesToTarget += bytes)),
      new DelayedPipe(upstream, client, delayMs, (bytes) => (this.counters.bytesFromTarget += bytes)),
    ];
    const destroyBoth = (how: (socket: Socket) => void) => {
      for (const pipe of pipes) pipe.stop();
      for (const socket of [client, upstream]) if (!socket.destroyed) how(socket);
    };
    const connection: Connection = {
      reset: () => {
        this.counters.resets++;
        destroyBoth((socket) => socket.resetAndDestroy());
      },
      close: () => destroyBoth((socket) => socket.destroy()),
      freeze: () => pipes.forEach((pipe) => pipe.freeze()),
      thaw: () => pipes.forEach((pipe) => pipe.thaw()),
    };
    // A peer's reset reaches the other side as a reset, not as an orderly close.
    client.on('error', () => destroyBoth((socket) => socket.resetAndDestroy()));
    upstream.on('error', () => {
      this.counters.targetFailures++;
      destroyBoth((socket) => socket.resetAndDestroy());
    });
    const closeWhenBothClosed = () => {
      if (client.destroyed && upstream.destroyed) this.connections.delete(connection);
      else if (client.destroyed || upstream.destroyed) destroyBoth((socket) => socket.destroy());
    };
    client.on('close', closeWhenBothClosed);
    upstream.on('close', closeWhenBothClosed);
    if (mode.kind === 'halfOpen') connection.freeze();
    else connection.thaw();
    return connection;
  }
}
