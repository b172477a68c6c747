import { AuditCrypto } from './audit-crypto';
import { Bytes, utf8 } from './bytes';
import {
  StatedCheckpoint,
  ed25519SpkiOfPem,
  keyIdInput,
  readCheckpointNote,
  signatureOf,
  signedWithKeyId,
  statedCheckpointOf,
} from './checkpoint-note';

/** The key that verifies notes: its name in the signature lines and its Ed25519 public key (SPKI PEM). */
export interface NoteKey {
  name: string;
  publicKeyPem: string;
}

/** Why a note does not verify, as a code the screen says in words. */
export type NoteFailure = 'malformed' | 'badKey' | 'noSignatureByKey' | 'badSignature';

export type NoteVerdict = { ok: true; checkpoint: StatedCheckpoint } | { ok: false; failure: NoteFailure };

/** The 4-byte key id of the signature lines: SHA-256(name ‖ 0x0A ‖ 0x01 ‖ raw public key), first four bytes. */
export async function keyIdOf(crypto: AuditCrypto, name: string, spki: Bytes): Promise<Bytes> {
  return (await crypto.sha256(keyIdInput(name, spki.subarray(-32)))).subarray(0, 4);
}

/**
 * Checks a signed note as docs/audit.md says a verifier does: find the signature line whose name and key id are
 * the key's, then check its Ed25519 signature over the body.
 */
export async function verifyNote(crypto: AuditCrypto, note: string, key: NoteKey): Promise<NoteVerdict> {
  const read = readCheckpointNote(note);
  const checkpoint = typeof read === 'string' ? undefined : statedCheckpointOf(read);
  if (typeof read === 'string' || !checkpoint) return { ok: false, failure: 'malformed' };
  const spki = ed25519SpkiOfPem(key.publicKeyPem);
  if (!spki) return { ok: false, failure: 'badKey' };
  const keyId = await keyIdOf(crypto, key.name, spki);
  const signatures = read.signatureLines.map(signatureOf);
  if (signatures.some((signature) => signature === undefined)) return { ok: false, failure: 'malformed' };
  const ours = signatures.find(
    (signature) => signature!.name === key.name && signedWithKeyId(signature!.signed, keyId),
  );
  if (!ours) return { ok: false, failure: 'noSignatureByKey' };
  const valid = await crypto.verifyEd25519(spki, ours.signed.subarray(4), utf8(read.body));
  if (valid === undefined) return { ok: false, failure: 'badKey' };
  return valid ? { ok: true, checkpoint } : { ok: false, failure: 'badSignature' };
}
