import { migrationsUnderWay } from '@hyeopchi/postgres';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { Server, createServer } from 'node:http';

/**
 * An Express adapter whose server listens before the application's modules start, so that health can be asked
 * while they do (migrations run as the event stores open): live answers yes, ready answers no and why. Once
 * Nest has registered its routes, `app.listen(…)` opens the gate and requests reach them; the port and host are
 * those the server already listens on.
 */
export class StartupGate extends ExpressAdapter {
  private opened = false;
  private readonly server: Server;

  private constructor() {
    super();
    this.getInstance().use((request: Request, response: Response, next: NextFunction) =>
      this.opened ? next() : answerWhileStarting(request, response),
    );
    this.server = createServer(this.getInstance());
  }

  static async listen(port: number, host: string): Promise<StartupGate> {
    const gate = new StartupGate();
    await new Promise<void>((resolve, reject) => {
      gate.server.once('error', reject);
      gate.server.listen(port, host, () => {
        gate.server.off('error', reject);
        resolve();
      });
    });
    return gate;
  }

  override initHttpServer(): void {
    this.setHttpServer(this.server);
  }

  /** Opens the gate; the server already listens. */
  override listen(...args: unknown[]): Server {
    this.opened = true;
    const callback = args.at(-1);
    if (typeof callback === 'function') process.nextTick(callback);
    return this.server;
  }

  /** For a start that failed before Nest owned the server. */
  async shut(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function answerWhileStarting(request: Request, response: Response): void {
  if (request.path === '/health/live') {
    response.status(200).json({ status: 'ok', info: {}, error: {}, details: {} });
    return;
  }
  response.status(503).set('retry-after', '1');
  if (request.path !== '/health' && request.path !== '/health/ready') {
    // not in the shape of any answer of the route asked, so no client takes it for one
    response.type('text/plain').send('starting; ask again in a moment');
    return;
  }
  const startup = {
    status: 'down',
    message: 'starting',
    migrations: migrationsUnderWay().map(({ schema, component, since }) => ({
      schema,
      component,
      since: since.toISOString(),
    })),
  };
  response.json({ status: 'error', info: {}, error: { startup }, details: { startup } });
}
