import { AuditCrypto, Bytes, concat } from '@hyeopchi/audit/portable';

/** SHA-256 with the browser's own WebCrypto, over the parts one after the other. */
export async function sha256(...parts: Uint8Array[]): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', concat(...parts)));
}

/**
 * The shared verification's cryptography, with nothing but the browser's WebCrypto: the auditor's browser recomputes
 * every hash and checks the signature itself.
 */
export const webCrypto: AuditCrypto = {
  sha256,
  async verifyEd25519(spki, signature, message) {
    let publicKey: CryptoKey;
    try {
      publicKey = await crypto.subtle.importKey('spki', spki, { name: 'Ed25519' }, false, ['verify']);
    } catch {
      return undefined;
    }
    return crypto.subtle.verify({ name: 'Ed25519' }, publicKey, signature, message);
  },
};
