import { Bytes, base64Of, bytesOfBase64, concat, sameBytes, utf8 } from './bytes';

/**
 * Reading a C2SP checkpoint in a signed note (docs/audit.md, Checkpoints): the body lines (origin, tree size, root
 * hash in base64, `time <ISO 8601>`), a blank line, then one line per signature,
 * `— <key name> <base64(key id ‖ Ed25519 signature)>`. Signatures and key ids need cryptography, which each
 * verifier brings; what the note says, and where, is read here for all of them.
 */
export interface CheckpointNote {
  /** What the signatures cover: the note up to the blank line, its last newline included. */
  body: string;
  origin: string;
  treeSize: number;
  /** The root hash as written; `rootHashOf` reads it. */
  root: string;
  /** The time as written: ISO 8601 UTC with milliseconds. */
  time: string;
  /** The lines after the blank line, empty ones left out; `signatureOf` reads each. */
  signatureLines: string[];
}

/** What a checkpoint states, its root read. */
export interface StatedCheckpoint {
  origin: string;
  treeSize: number;
  rootHash: Bytes;
  /** ISO 8601 UTC with milliseconds. */
  time: string;
}

/** Why a note cannot be read as a checkpoint: it has no signatures apart, or its body is not a checkpoint's. */
export type UnreadableNote = 'notASignedNote' | 'notACheckpoint';

const SIGNATURE_LINE = /^\u2014 (\S+) ([A-Za-z0-9+/=]+)$/;
const ORIGIN = /^\S+$/;
const TREE_SIZE = /^(0|[1-9]\d*)$/;
// exactly what Date.prototype.toISOString writes for the years 0000–9999
const TIME_LINE = /^time \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const ED25519 = 0x01;

export function readCheckpointNote(note: string): CheckpointNote | UnreadableNote {
  const split = note.indexOf('\n\n');
  if (split < 0) return 'notASignedNote';
  const body = note.slice(0, split + 1);
  const lines = body.split('\n');
  const [origin, size, root, time] = lines;
  if (
    lines.length !== 5 ||
    !ORIGIN.test(origin) ||
    !TREE_SIZE.test(size ?? '') ||
    !TIME_LINE.test(time ?? '')
  ) {
    return 'notACheckpoint';
  }
  return {
    body,
    origin,
    treeSize: Number(size),
    root,
    time: time.slice('time '.length),
    signatureLines: note
      .slice(split + 2)
      .split('\n')
      .filter((line) => line !== ''),
  };
}

/** The root hash: 32 bytes in the one standard base64 writing of them; undefined for anything else. */
export function rootHashOf(root: string): Bytes | undefined {
  const bytes = bytesOfBase64(root);
  return bytes?.length === 32 && base64Of(bytes) === root ? bytes : undefined;
}

/** What the checkpoint states, or undefined when its root is not a hash. */
export function statedCheckpointOf(note: CheckpointNote): StatedCheckpoint | undefined {
  const rootHash = rootHashOf(note.root);
  return rootHash && { origin: note.origin, treeSize: note.treeSize, rootHash, time: note.time };
}

/** A signature line's key name and its bytes (4 of key id, then the signature); undefined when malformed. */
export function signatureOf(line: string): { name: string; signed: Bytes } | undefined {
  const match = SIGNATURE_LINE.exec(line);
  if (!match) return undefined;
  // a writing base64 cannot read signs with no key id at all
  return { name: match[1], signed: bytesOfBase64(match[2]) ?? new Uint8Array() };
}

/** Whether a signature line's bytes begin with `keyId`: it claims to be by that name and key. */
export const signedWithKeyId = (signed: Bytes, keyId: Uint8Array): boolean =>
  sameBytes(signed.subarray(0, 4), keyId);

/** What a key id hashes (SHA-256, first four bytes kept): the key's name ‖ 0x0A ‖ 0x01 ‖ the raw Ed25519 key. */
export const keyIdInput = (name: string, rawPublicKey: Uint8Array): Bytes =>
  concat(utf8(`${name}\n`), Uint8Array.of(ED25519), rawPublicKey);

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
export function ed25519SpkiOfPem(pem: string): Bytes | undefined {
  const base64 = pem.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, '').replace(/\s+/g, '');
  const der = bytesOfBase64(base64);
  const header = der?.subarray(0, ED25519_SPKI_PREFIX.length);
  return der?.length === 44 && header && sameBytes(header, ED25519_SPKI_PREFIX) ? der : undefined;
}
