import {
  KeyObject,
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
} from 'node:crypto';

/**
 * A signed statement of a log's state: its origin (which log), how many records it holds, the Merkle root over
 * them and when. Written as a C2SP checkpoint in a signed note (the format of Go's checksum database and of
 * Sigstore's logs), so existing tools read it: the body lines, a blank line, then one line per signature,
 * `— <key name> <base64(key id ‖ Ed25519 signature)>`.
 */
export interface Checkpoint {
  origin: string;
  treeSize: number;
  rootHash: Buffer;
  time: Date;
}

export interface SigningKey {
  name: string;
  privateKey: KeyObject;
}

export interface VerifierKey {
  name: string;
  publicKey: KeyObject;
}

const SIGNATURE_LINE = /^\u2014 (\S+) ([A-Za-z0-9+/=]+)$/;
const ORIGIN = /^\S+$/;
const TREE_SIZE = /^(0|[1-9]\d*)$/;
// exactly what Date.prototype.toISOString writes for the years 0000–9999
const TIME_LINE = /^time \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const ED25519 = 0x01;

/** The body that is signed: origin, size, root (base64), and the time as an extension line. */
export function checkpointBody({ origin, treeSize, rootHash, time }: Checkpoint): string {
  if (!origin || /\s/.test(origin)) throw new Error('a checkpoint origin is one word');
  if (!Number.isInteger(treeSize) || treeSize < 0) throw new Error('a tree size is a whole number');
  if (rootHash.length !== 32) throw new Error('a root hash is 32 bytes (SHA-256)');
  return `${origin}\n${treeSize}\n${rootHash.toString('base64')}\ntime ${time.toISOString()}\n`;
}

/** The 4-byte key id of a signed note: SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key), first four bytes. */
export function keyIdOf(name: string, publicKey: KeyObject): Buffer {
  const raw = rawPublicKey(publicKey);
  return createHash('sha256')
    .update(Buffer.concat([Buffer.from(`${name}\n`), Buffer.from([ED25519]), raw]))
    .digest()
    .subarray(0, 4);
}

export function signCheckpoint(checkpoint: Checkpoint, key: SigningKey): string {
  const body = checkpointBody(checkpoint);
  const signature = sign(null, Buffer.from(body), key.privateKey);
  const keyId = keyIdOf(key.name, createPublicKey(key.privateKey));
  return `${body}\n\u2014 ${key.name} ${Buffer.concat([keyId, signature]).toString('base64')}\n`;
}

export type CheckpointVerdict = { ok: true; checkpoint: Checkpoint } | { ok: false; reason: string };

/** Reads a signed checkpoint and checks its signature by `key`; the reason in words when it does not hold. */
export function verifyCheckpoint(note: string, key: VerifierKey): CheckpointVerdict {
  const split = note.indexOf('\n\n');
  if (split < 0) return { ok: false, reason: 'not a signed note: no blank line before the signatures' };
  const body = note.slice(0, split + 1);
  const lines = body.split('\n');
  const [origin, size, root, time] = lines;
  if (
    lines.length !== 5 ||
    !ORIGIN.test(origin) ||
    !TREE_SIZE.test(size ?? '') ||
    !TIME_LINE.test(time ?? '')
  ) {
    return {
      ok: false,
      reason:
        'not a checkpoint: expected exactly an origin, a tree size, a root hash and a line `time <YYYY-MM-DDTHH:MM:SS.sssZ>`',
    };
  }
  const keyId = keyIdOf(key.name, key.publicKey);
  const signatures = note
    .slice(split + 2)
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => SIGNATURE_LINE.exec(line));
  if (signatures.some((match) => match === null))
    return { ok: false, reason: 'a signature line is malformed' };
  const ours = signatures.find((match) => {
    const signed = Buffer.from(match![2], 'base64');
    return match![1] === key.name && signed.subarray(0, 4).equals(keyId);
  });
  if (!ours) return { ok: false, reason: `no signature by ${key.name} with this key` };
  const signature = Buffer.from(ours[2], 'base64').subarray(4);
  if (!verify(null, Buffer.from(body), key.publicKey, signature)) {
    return { ok: false, reason: `the signature by ${key.name} does not match the checkpoint` };
  }
  const rootHash = Buffer.from(root, 'base64');
  const at = new Date(time.slice('time '.length));
  // Buffer reads base64 leniently: only the one standard writing of 32 bytes is a root
  if (rootHash.length !== 32 || rootHash.toString('base64') !== root || Number.isNaN(at.getTime())) {
    return { ok: false, reason: 'the checkpoint holds no valid root hash or time' };
  }
  return { ok: true, checkpoint: { origin, treeSize: Number(size), rootHash, time: at } };
}

/**
 * The name a note's signer gave with `publicKey`: the name of the signature line whose key id is the one that
 * name and this key give. A verifier that knows only the key reads the name here, not from anything unsigned
 * beside the note; the signature itself is then checked by `verifyCheckpoint`.
 */
export function signerNameOf(note: string, publicKey: KeyObject): string | undefined {
  const split = note.indexOf('\n\n');
  if (split < 0) return undefined;
  for (const line of note.slice(split + 2).split('\n')) {
    const match = SIGNATURE_LINE.exec(line);
    if (match && Buffer.from(match[2], 'base64').subarray(0, 4).equals(keyIdOf(match[1], publicKey)))
      return match[1];
  }
  return undefined;
}

/** The time a checkpoint states, read without checking its signature (for a signer continuing its own log). */
export function checkpointTimeOf(note: string): Date | undefined {
  const time = /\ntime (\S+)\n/.exec(note)?.[1];
  const at = time === undefined ? undefined : new Date(time);
  return at && !Number.isNaN(at.getTime()) ? at : undefined;
}

/** A new Ed25519 key pair for signing checkpoints, as PEM (PKCS#8 private, SPKI public). */
export function generateSigningKeys(): { privateKeyPem: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

export const signingKeyFrom = (name: string, pem: string): SigningKey => ({
  name,
  privateKey: createPrivateKey(pem),
});

export const verifierKeyFrom = (name: string, pem: string): VerifierKey => ({
  name,
  publicKey: createPublicKey(pem),
});

function rawPublicKey(publicKey: KeyObject): Buffer {
  if (publicKey.asymmetricKeyType !== 'ed25519') throw new Error('checkpoint keys are Ed25519');
  // the last 32 bytes of the SPKI encoding are the raw Ed25519 key
  return publicKey.export({ type: 'spki', format: 'der' }).subarray(-32);
}
