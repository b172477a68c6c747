import { AuditCrypto } from './audit-crypto';
import { Bytes, bytesOfHex, hexOf, sameBytes } from './bytes';
import { readCheckpointNote, statedCheckpointOf } from './checkpoint-note';
import { HashedEvent } from './event-records';
import { eventHashOf, inclusionRootOf, leafHashOf } from './hashes';
import { NoteFailure, NoteKey, verifyNote } from './verify-note';

/** An event of the stream as received, with the hashes the platform says it has. */
export interface ChainedEvent extends HashedEvent {
  hash: string;
  previousHash: string | null;
}

/** The proof received that the event is a leaf of its service log's tree, and that tree's signed checkpoint. */
export interface ReceivedProof {
  service: string;
  leafIndex: number;
  treeSize: number;
  auditPath: string[];
  signedNote: string | null;
}

export interface CityKey extends NoteKey {
  /** A log's origin is `<originPrefix>/<service>`. */
  originPrefix: string;
}

export type ChainFailure = 'hashMismatch' | 'brokenLink' | 'versionGap' | 'eventMissing';
export type InclusionFailure =
  'eventMissing' | 'noCheckpoint' | 'pathDoesNotFit' | 'rootMismatch' | 'sizeMismatch';
export type SignatureFailure = NoteFailure | 'noCheckpoint' | 'wrongOrigin';

/** Each check passes, or fails with its reason and, for the chain, the stream version where it broke. */
export type ChainCheck = { passed: true } | { passed: false; failure: ChainFailure; streamVersion: number };
export type InclusionCheck = { passed: true } | { passed: false; failure: InclusionFailure };
export type SignatureCheck = { passed: true } | { passed: false; failure: SignatureFailure };

export interface Verification {
  chain: ChainCheck;
  inclusion: InclusionCheck;
  signature: SignatureCheck;
  /** What the verifier computed, for the auditor to compare by eye or with other tools. */
  computed: { eventHash?: string; leafHash?: string; root?: string; signedRoot?: string };
}

/**
 * Recomputes, from nothing but the data received and the key, the three things docs/audit.md says prove an
 * event: its stream's hash chain up to it, its inclusion in the tree of a signed checkpoint, and the checkpoint's
 * signature. The platform's own hashes are compared against, never trusted: the leaf is made from the event hash
 * computed here, and the root is the one the note states.
 */
export async function verifyEvent(
  crypto: AuditCrypto,
  stream: readonly ChainedEvent[],
  eventId: string,
  proof: ReceivedProof,
  key: CityKey,
): Promise<Verification> {
  const event = stream.find((candidate) => candidate.eventId === eventId);
  // from the event's own content: an altered event is then also missing from the signed tree
  const eventHash = event && (await eventHashOf(crypto, event, event.previousHash));
  const leaf = eventHash === undefined ? undefined : await leafHashOf(crypto, bytesOfHex(eventHash)!);
  const signed = proof.signedNote === null ? undefined : signedCheckpointOf(proof.signedNote);
  const path = pathOf(proof);
  const root = leaf && path && (await inclusionRootOf(crypto, proof.leafIndex, proof.treeSize, leaf, path));
  return {
    chain: await verifyChain(crypto, stream, eventId),
    inclusion: inclusionCheck(proof, leaf, root, signed),
    signature: await signatureCheck(crypto, proof, key),
    computed: {
      eventHash,
      leafHash: leaf && hexOf(leaf),
      root: root && hexOf(root),
      signedRoot: signed && hexOf(signed.rootHash),
    },
  };
}

/** Each event's hash recomputed and chained to the previous one's, from version 1 up to the event verified. */
async function verifyChain(
  crypto: AuditCrypto,
  stream: readonly ChainedEvent[],
  eventId: string,
): Promise<ChainCheck> {
  const end = stream.findIndex((event) => event.eventId === eventId);
  const failed = (failure: ChainFailure, streamVersion: number) =>
    ({ passed: false, failure, streamVersion }) as const;
  if (end < 0) return failed('eventMissing', 0);
  let previous: string | null = null;
  for (const [index, event] of stream.slice(0, end + 1).entries()) {
    if (event.streamVersion !== index + 1) return failed('versionGap', event.streamVersion);
    if (event.previousHash !== previous) return failed('brokenLink', event.streamVersion);
    const hash = await eventHashOf(crypto, event, previous);
    if (hash !== event.hash) return failed('hashMismatch', event.streamVersion);
    previous = hash;
  }
  return { passed: true };
}

function inclusionCheck(
  proof: ReceivedProof,
  leaf: Bytes | undefined,
  root: Bytes | undefined,
  signed: { treeSize: number; rootHash: Bytes } | undefined,
): InclusionCheck {
  if (!leaf) return { passed: false, failure: 'eventMissing' };
  if (!signed) return { passed: false, failure: 'noCheckpoint' };
  if (signed.treeSize !== proof.treeSize) return { passed: false, failure: 'sizeMismatch' };
  if (!root) return { passed: false, failure: 'pathDoesNotFit' };
  return sameBytes(root, signed.rootHash) ? { passed: true } : { passed: false, failure: 'rootMismatch' };
}

async function signatureCheck(
  crypto: AuditCrypto,
  proof: ReceivedProof,
  key: CityKey,
): Promise<SignatureCheck> {
  if (proof.signedNote === null) return { passed: false, failure: 'noCheckpoint' };
  const verdict = await verifyNote(crypto, proof.signedNote, key);
  if (!verdict.ok) return { passed: false, failure: verdict.failure };
  if (verdict.checkpoint.origin !== `${key.originPrefix}/${proof.service}`) {
    return { passed: false, failure: 'wrongOrigin' };
  }
  return { passed: true };
}

/** What the note states, read without its signature (which `signatureCheck` judges apart). */
function signedCheckpointOf(note: string) {
  const read = readCheckpointNote(note);
  return typeof read === 'string' ? undefined : statedCheckpointOf(read);
}

/** The audit path as bytes; undefined when one of its hashes is not 32 bytes of hex. */
function pathOf(proof: ReceivedProof): Bytes[] | undefined {
  const path = proof.auditPath.map(bytesOfHex);
  return path.every((hash) => hash?.length === 32) ? (path as Bytes[]) : undefined;
}
