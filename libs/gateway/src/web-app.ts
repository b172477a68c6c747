import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import express, { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Paths that stay the gateway's own. */
const GATEWAY_PATHS = ['/graphql', '/health'];

/**
 * The web app (apps/web, built into dist/web by `npm run build`) at /: its files, and for every other GET that is
 * not the gateway's, its index page, so that the app's own routes load directly. Nothing is served when the app
 * was not built (tests of the API alone).
 */
export function webAppModules(): DynamicModule[] {
  const root = join(projectRoot(__dirname), 'dist/web');
  if (!existsSync(join(root, 'index.html'))) return [];

  @Module({})
  class WebAppModule implements NestModule {
    configure(consumer: MiddlewareConsumer): void {
      const files = express.static(root, { index: false });
      const indexPage = (request: Request, response: Response, next: NextFunction) => {
        // mounted on every path, the middleware sees the URL with its mount point taken off: read the whole one
        const path = new URL(request.originalUrl, 'http://localhost').pathname;
        const gateways = GATEWAY_PATHS.some((own) => path === own || path.startsWith(`${own}/`));
        if (request.method !== 'GET' || gateways) return next();
        request.url = request.originalUrl;
        files(request, response, () => response.sendFile(join(root, 'index.html')));
      };
      consumer.apply(indexPage).forRoutes('{*path}');
    }
  }
  return [{ module: WebAppModule }];
}

function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'apps/web'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}
