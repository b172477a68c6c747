import { Bytes, bytesOfBase64, sameBytes, sha256, utf8 } from './bytes';

/** What a C2SP checkpoint states (docs/audit.md, Checkpoints). */
export interface Checkpoint {
  origin: string;
  treeSize: number;
  rootHash: Bytes;
  /** As written in the note: ISO 8601 UTC with milliseconds. */
  time: string;
}

/** The key that verifies notes: its name in the signature lines and its Ed25519 public key (SPKI PEM). */
export interface NoteKey {
  name: string;
  publicKeyPem: string;
}

/** Why a note does not verify, as a code the screen says in words. */
export type NoteFailure = 'malformed' | 'badKey' | 'noSignatureByKey' | 'badSignature';

const SIGNATURE_LINE = /^\u2014 (\S+) ([A-Za-z0-9+/=]+)$/;
const ED25519 = 0x01;

/** The note's body (everything before the blank line, its last newline included) and what it states. */
export function readCheckpoint(note: string): { body: string; checkpoint: Checkpoint } | undefined {
  const split = note.indexOf('\n\n');
  if (split < 0) return undefined;
  const body = note.slice(0, split + 1);
  const lines = body.split('\n');
  const [origin, size, root, time] = lines;
  const rootHash = bytesOfBase64(root ?? '');
  if (lines.length !== 5 || !/^\d+$/.test(size ?? '') || !time?.startsWith('time ')) return undefined;
  if (rootHash?.length !== 32) return undefined;
  return { body, checkpoint: { origin, treeSize: Number(size), rootHash, time: time.slice('time '.length) } };
}

/** An Ed25519 key's SPKI header (RFC 8410): a SEQUENCE of the algorithm id 1.3.101.112 and a 32-byte BIT STRING. */
const ED25519_SPKI_PREFIX = Uint8Array.of(
  0x30,
  0x2a,
  0x30,
  0x05,
  0x06,
  0x03,
  0x2b,
  0x65,
  0x70,
  0x03,
  0x21,
  0x00,
);

/** The Ed25519 key's SPKI encoding (44 bytes, the raw key in the last 32), from its PEM; undefined for any other. */
export function spkiOfPem(pem: string): Bytes | undefined {
  const base64 = pem.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, '').replace(/\s+/g, '');
  const der = bytesOfBase64(base64);
  const header = der?.subarray(0, ED25519_SPKI_PREFIX.length);
  return der?.length === 44 && header && sameBytes(header, ED25519_SPKI_PREFIX) ? der : undefined;
}

/** The 4-byte key id of the signature lines: SHA-256(name ‖ 0x0A ‖ 0x01 ‖ raw public key), first four bytes. */
export async function keyIdOf(name: string, spki: Bytes): Promise<Bytes> {
  return (await sha256(utf8(`${name}\n`), Uint8Array.of(ED25519), spki.subarray(-32))).subarray(0, 4);
}

/**
 * Checks a signed note as docs/audit.md says a verifier does: find the signature line whose name and key id are
 * the key's, then check its Ed25519 signature over the body, with the browser's WebCrypto.
 */
export async function verifyNote(
  note: string,
  key: NoteKey,
): Promise<{ ok: true; checkpoint: Checkpoint } | { ok: false; failure: NoteFailure }> {
  const read = readCheckpoint(note);
  if (!read) return { ok: false, failure: 'malformed' };
  const spki = spkiOfPem(key.publicKeyPem);
  if (!spki) return { ok: false, failure: 'badKey' };
  const keyId = await keyIdOf(key.name, spki);
  const lines = note
    .slice(read.body.length + 1)
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => SIGNATURE_LINE.exec(line));
  if (lines.some((match) => match === null)) return { ok: false, failure: 'malformed' };
  const signed = lines
    .map((match) => ({ name: match![1], bytes: bytesOfBase64(match![2]) ?? new Uint8Array() }))
    .find(({ name, bytes }) => name === key.name && sameBytes(bytes.subarray(0, 4), keyId));
  if (!signed) return { ok: false, failure: 'noSignatureByKey' };
  let publicKey: CryptoKey;
  try {
    publicKey = await crypto.subtle.importKey('spki', spki, { name: 'Ed25519' }, false, ['verify']);
  } catch {
    return { ok: false, failure: 'badKey' };
  }
  const valid = await crypto.subtle.verify(
    { name: 'Ed25519' },
    publicKey,
    signed.bytes.subarray(4),
    utf8(read.body),
  );
  return valid ? { ok: true, checkpoint: read.checkpoint } : { ok: false, failure: 'badSignature' };
}
