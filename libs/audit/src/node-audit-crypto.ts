import { createPublicKey, hash, verify } from 'node:crypto';
import { AuditCrypto, concat } from './portable';

/** `AuditCrypto` with node:crypto: the portable verification of single events, run in Node. */
export const nodeAuditCrypto: AuditCrypto = {
  async sha256(...parts) {
    return new Uint8Array(hash('sha256', concat(...parts), 'buffer') as unknown as Uint8Array);
  },
  async verifyEd25519(spki, signature, message) {
    let key;
    try {
      key = createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
    } catch {
      return undefined;
    }
    return key.asymmetricKeyType === 'ed25519' ? verify(null, message, key, signature) : undefined;
  },
};
