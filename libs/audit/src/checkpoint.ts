import {
  KeyObject,
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
} from 'node:crypto';
import { keyIdInput, readCheckpointNote, rootHashOf, signatureOf, signedWithKeyId } from './portable';

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

/** The body that is signed: origin, size, root (base64), and the time as an extension line. */
export function checkpointBody({ origin, treeSize, rootHash, time }: Checkpoint): string {
  if (!origin || /\s/.test(origin)) throw new Error('a checkpoint origin is one word');
  if (!Number.isInteger(treeSize) || treeSize < 0) throw new Error('a tree size is a whole number');
  if (rootHash.length !== 32) throw new Error('a root hash is 32 bytes (SHA-256)');
  return `${origin}\n${treeSize}\n${rootHash.toString('base64')}\ntime ${time.toISOString()}\n`;
}

/** The 4-byte key id of a signed note: SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key), first four bytes. */
export function keyIdOf(name: string, publicKey: KeyObject): Buffer {
  return createHash('sha256')
    .update(keyIdInput(name, rawPublicKey(publicKey)))
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
  const read = readCheckpointNote(note);
  if (read === 'notASignedNote')
    return { ok: false, reason: 'not a signed note: no blank line before the signatures' };
  if (read === 'notACheckpoint') {
    return {
      ok: false,
      reason:
        'not a checkpoint: expected exactly an origin, a tree size, a root hash and a line `time <YYYY-MM-DDTHH:MM:SS.sssZ>`',
    };
  }
  const keyId = keyIdOf(key.name, key.publicKey);
  const signatures = read.signatureLines.map(signatureOf);
  if (signatures.some((signature) => signature === undefined))
    return { ok: false, reason: 'a signature line is malformed' };
  const ours = signatures.find(
    (signature) => signature!.name === key.name && signedWithKeyId(signature!.signed, keyId),
  );
  if (!ours) return { ok: false, reason: `no signature by ${key.name} with this key` };
  if (!verify(null, Buffer.from(read.body), key.publicKey, ours.signed.subarray(4))) {
    return { ok: false, reason: `the signature by ${key.name} does not match the checkpoint` };
  }
  const rootHash = rootHashOf(read.root);
  const at = new Date(read.time);
  if (!rootHash || Number.isNaN(at.getTime())) {
    return { ok: false, reason: 'the checkpoint holds no valid root hash or time' };
  }
  return {
    ok: true,
    checkpoint: { origin: read.origin, treeSize: read.treeSize, rootHash: Buffer.from(rootHash), time: at },
  };
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
    const signature = signatureOf(line);
    if (signature && signedWithKeyId(signature.signed, keyIdOf(signature.name, publicKey)))
      return signature.name;
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
