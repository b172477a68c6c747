import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import express, { NextFunction, Request, Response } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathOf } from './request-path';
import { CspLocals } from './security-headers';

/** Paths that stay the gateway's own. */
const GATEWAY_PATHS = ['/graphql', '/health', '/metrics'];

/**
 * The web app (apps/web, built into dist/web by `npm run build`) at /: its files, and for every other GET that is
 * not the gateway's, its index page, so that the app's own routes load directly. Nothing is served when the app
 * was not built (tests of the API alone). Hazard: securityHeaders must run first (GatewayModule applies it), for
 * the index page names its nonce.
 */
export function webAppModules(): DynamicModule[] {
  const root = join(projectRoot(__dirname), 'dist/web');
  if (!existsSync(join(root, 'index.html'))) return [];

  @Module({})
  class WebAppModule implements NestModule {
    configure(consumer: MiddlewareConsumer): void {
      const files = express.static(root, { index: false });
      const page = readFileSync(join(root, 'index.html'), 'utf8');
      // the nonce of this response's Content-Security-Policy, for React Aria's <style> elements
      const indexPage = (response: Response) =>
        response
          .type('html')
          .send(
            page.replace(
              '<head>',
              `<head>\n    <meta name="csp-nonce" content="${(response.locals as CspLocals).cspNonce}" />`,
            ),
          );
      const webApp = (request: Request, response: Response, next: NextFunction) => {
        // mounted on every path, the middleware sees the URL with its mount point taken off: read the whole one
        const path = pathOf({ url: request.originalUrl });
        // a target that is no URL is no page of the app: the gateway answers it as any unknown path
        if (path === undefined) return next();
        const gateways = GATEWAY_PATHS.some((own) => path === own || path.startsWith(`${own}/`));
        if (request.method !== 'GET' || gateways) return next();
        if (path === '/index.html') return indexPage(response);
        request.url = request.originalUrl;
        files(request, response, () => indexPage(response));
      };
      consumer.apply(webApp).forRoutes('{*path}');
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
