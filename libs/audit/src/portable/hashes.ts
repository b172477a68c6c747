import { AuditCrypto } from './audit-crypto';
import { Bytes, hexOf, utf8 } from './bytes';
import { HashedEvent, chainLinkJson, chainLinkOf, contentJsonOf } from './event-records';
import { LEAF_PREFIX, NODE_PREFIX, rootFromInclusionProof } from './merkle-proofs';

/** The event's content hash (hex). */
export const contentHashWith = async (crypto: AuditCrypto, event: HashedEvent): Promise<string> =>
  hexOf(await crypto.sha256(utf8(contentJsonOf(event))));

/** The event hash (hex): SHA-256 of the chain link, which covers the content hash and the previous event's hash. */
export async function eventHashOf(
  crypto: AuditCrypto,
  event: HashedEvent,
  previousHash: string | null,
): Promise<string> {
  const link = chainLinkOf(event, await contentHashWith(crypto, event), previousHash);
  return hexOf(await crypto.sha256(utf8(chainLinkJson(link))));
}

/** The Merkle leaf of an event: SHA-256(0x00 ‖ event hash). */
export const leafHashOf = (crypto: AuditCrypto, eventHash: Bytes): Promise<Bytes> =>
  crypto.sha256(LEAF_PREFIX, eventHash);

/** `rootFromInclusionProof` with the crypto's SHA-256; undefined when the path cannot belong to that index and size. */
export function inclusionRootOf(
  crypto: AuditCrypto,
  index: number,
  size: number,
  leaf: Bytes,
  path: readonly Bytes[],
): Promise<Bytes> | undefined {
  const node = async (left: Promise<Bytes>, right: Promise<Bytes>) =>
    crypto.sha256(NODE_PREFIX, await left, await right);
  return rootFromInclusionProof(
    index,
    size,
    Promise.resolve(leaf),
    path.map((hash) => Promise.resolve(hash)),
    node,
  );
}
