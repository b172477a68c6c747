import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { Express, Request } from 'express';
import type { Disposable } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { CallerAuthenticator } from '@hyeopchi/gateway-kit';
import { RateLimiter } from './rate-limit';
import { pathOf } from './request-path';
import { MAX_WEBSOCKET_MESSAGE_BYTES } from './request-size';
import { webSocketOptions } from './websocket-limits';

/** Connections one address may hold open: a few browser tabs, or an office behind one address. */
export const MAX_CONNECTIONS_PER_ADDRESS = 30;

export const GRAPHQL_PATH = '/graphql';

/**
 * graphql-ws on /graphql, on a WebSocket server of our own rather than the one GraphQLModule would make, so that
 * its bounds are ours: a message larger than MAX_WEBSOCKET_MESSAGE_BYTES closes its connection (1009) as soon as
 * its frame's header says so, before any of it is buffered; an address holds at most MAX_CONNECTIONS_PER_ADDRESS.
 */
@Injectable()
export class SubscriptionServer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Subscriptions');
  private readonly openPerAddress = new Map<string, number>();
  private running?: { httpServer: Server; sockets: WebSocketServer; graphqlWs: Disposable };

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly callers: CallerAuthenticator,
    private readonly limiter: RateLimiter,
  ) {}

  /** After every module's init: GraphQLModule has built the schema by then. */
  onApplicationBootstrap(): void {
    const httpServer = this.adapterHost.httpAdapter.getHttpServer() as Server;
    const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_WEBSOCKET_MESSAGE_BYTES });
    const graphqlWs = useServer(
      {
        schema: this.schemaHost.schema,
        ...webSocketOptions({
          callers: this.callers,
          limiter: this.limiter,
          addressOf: (request) => this.addressOf(request),
        }),
      },
      sockets,
    );
    httpServer.on('upgrade', this.upgrade);
    this.running = { httpServer, sockets, graphqlWs };
  }

  async onModuleDestroy(): Promise<void> {
    this.running?.httpServer.off('upgrade', this.upgrade);
    await this.running?.graphqlWs.dispose();
  }

  private readonly upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const path = pathOf(request);
    if (path !== GRAPHQL_PATH) {
      const status = path === undefined ? '400 Bad Request' : '404 Not Found';
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    const address = this.addressOf(request);
    const open = this.openPerAddress.get(address) ?? 0;
    if (open >= MAX_CONNECTIONS_PER_ADDRESS) {
      this.logger.warn(`refused a WebSocket from ${address}: it holds ${open} already`);
      socket.end('HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    this.openPerAddress.set(address, open + 1);
    // the socket closes however the connection ends, a refused handshake included
    socket.once('close', () => {
      const left = (this.openPerAddress.get(address) ?? 1) - 1;
      if (left > 0) this.openPerAddress.set(address, left);
      else this.openPerAddress.delete(address);
    });
    const { sockets } = this.running!;
    sockets.handleUpgrade(request, socket, head, (webSocket) =>
      sockets.emit('connection', webSocket, request),
    );
  };

  /** Express's reading of the caller's address, under the same TRUST_PROXY as its HTTP requests. */
  private addressOf(request: IncomingMessage): string {
    const app = this.adapterHost.httpAdapter.getInstance() as Express;
    const asExpress = Object.create(app.request, {
      headers: { value: request.headers },
      socket: { value: request.socket },
    }) as Request;
    return asExpress.ip ?? 'unknown';
  }
}
