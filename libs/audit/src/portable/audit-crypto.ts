import { Bytes } from './bytes';

/**
 * The cryptography a verifier of single events needs, asynchronous as WebCrypto is. The browser implements it
 * with WebCrypto (apps/web), Node with node:crypto (`nodeAuditCrypto` in @hyeopchi/audit): the same verification
 * runs on both, and their tests compare it with the vectors the platform wrote.
 */
export interface AuditCrypto {
  /** SHA-256 of the parts one after the other. */
  sha256(...parts: Uint8Array[]): Promise<Bytes>;
  /** Whether `signature` is the Ed25519 signature of `message` by the key (SPKI); undefined when the key is unusable. */
  verifyEd25519(spki: Bytes, signature: Bytes, message: Bytes): Promise<boolean | undefined>;
}
