import express from 'express';
import type { Request } from 'express';
import { fromTrustedHop, trustProxyFrom } from '../src/trust-proxy';

describe('a trusted hop', () => {
  const requestFrom = (peer: string | undefined, trustProxy: string | undefined) => {
    const app = express();
    app.set('trust proxy', trustProxyFrom(trustProxy));
    return { app, socket: { remoteAddress: peer } } as unknown as Request;
  };

  it('is no one with TRUST_PROXY unset', () => {
    expect(fromTrustedHop(requestFrom('127.0.0.1', undefined))).toBe(false);
    expect(fromTrustedHop(requestFrom('10.0.0.5', undefined))).toBe(false);
  });

  it('is a peer that TRUST_PROXY names, and no other', () => {
    expect(fromTrustedHop(requestFrom('127.0.0.1', 'loopback'))).toBe(true);
    expect(fromTrustedHop(requestFrom('10.0.0.5', '10.0.0.0/8'))).toBe(true);
    expect(fromTrustedHop(requestFrom('203.0.113.9', 'loopback'))).toBe(false);
    expect(fromTrustedHop(requestFrom(undefined, 'loopback'))).toBe(false);
  });

  it('is any peer with a hop count', () => {
    expect(fromTrustedHop(requestFrom('203.0.113.9', '1'))).toBe(true);
  });
});
