import { HyeopchiConfig } from '@hyeopchi/config';
import { INestApplication } from '@nestjs/common';
import type { Express, Request } from 'express';

/** Express's "trust proxy" from TRUST_PROXY: hops as a number, anything else as Express reads it. */
export function trustProxyFrom(setting: string | undefined): number | string | false {
  if (setting === undefined) return false;
  return /^\d+$/.test(setting) ? Number(setting) : setting;
}

/** Whom to believe about the caller's address (the rate limit keys anonymous callers by it). */
export function applyTrustProxy(app: INestApplication, config: HyeopchiConfig): void {
  (app.getHttpAdapter().getInstance() as Express).set('trust proxy', trustProxyFrom(config.TRUST_PROXY));
}

/** Whether the request's immediate peer is a proxy TRUST_PROXY names: never, with TRUST_PROXY unset. */
export function fromTrustedHop(request: Request): boolean {
  const trusts = request.app.get('trust proxy fn') as (address: string, hop: number) => boolean;
  const peer = request.socket.remoteAddress;
  return peer !== undefined && trusts(peer, 0);
}
