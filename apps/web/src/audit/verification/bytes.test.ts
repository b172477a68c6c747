import { describe, expect, it } from 'vitest';
import { bytesOfBase64, bytesOfHex, concat, hexOf, sameBytes, utf8 } from '@hyeopchi/audit/portable';
import { sha256 } from './web-crypto';

describe('bytes as the audit formats write them', () => {
  it('reads and writes hex, and refuses what is not hex', () => {
    expect(hexOf(bytesOfHex('00ff10aB')!)).toBe('00ff10ab');
    expect(bytesOfHex('abc')).toBeUndefined();
    expect(bytesOfHex('zz')).toBeUndefined();
    expect(bytesOfHex('')).toEqual(new Uint8Array());
  });

  it('reads base64, and refuses what is not base64', () => {
    expect(bytesOfBase64('AAEC/w==')).toEqual(Uint8Array.of(0, 1, 2, 255));
    expect(bytesOfBase64('not base64!')).toBeUndefined();
  });

  it('hashes the parts one after the other, as SHA-256 of their concatenation', async () => {
    expect(hexOf(await sha256())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256(utf8('ab'), utf8('c'))).toEqual(await sha256(utf8('abc')));
    expect(hexOf(await sha256(utf8('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sameBytes(concat(Uint8Array.of(1), Uint8Array.of(2, 3)), Uint8Array.of(1, 2, 3))).toBe(true);
    expect(sameBytes(Uint8Array.of(1, 2), Uint8Array.of(1, 3))).toBe(false);
  });
});
