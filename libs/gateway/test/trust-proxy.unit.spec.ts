import { loadConfiguration } from '@hyeopchi/config';
import { trustProxyFrom } from '../src/trust-proxy';

describe('TRUST_PROXY', () => {
  it('trusts nobody unless told, and reads hops as a number', () => {
    expect(trustProxyFrom(undefined)).toBe(false);
    expect(trustProxyFrom('2')).toBe(2);
    expect(trustProxyFrom('loopback, 10.0.0.0/8')).toBe('loopback, 10.0.0.0/8');
  });

  it('refuses a setting that is none of hops, names or addresses', () => {
    expect(() => loadConfiguration({ TRUST_PROXY: 'everyone!' })).toThrow(/TRUST_PROXY/);
  });
});
