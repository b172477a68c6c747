import { Bytes, sha256 } from './bytes';

/** RFC 9162 (docs/audit.md, Merkle tree): a leaf is SHA-256(0x00 ‖ event hash), a node SHA-256(0x01 ‖ left ‖ right). */
export const leafHashOf = (eventHash: Bytes): Promise<Bytes> => sha256(Uint8Array.of(0x00), eventHash);

const nodeHashOf = (left: Bytes, right: Bytes): Promise<Bytes> => sha256(Uint8Array.of(0x01), left, right);

/**
 * RFC 9162 §2.1.3.2: the root an audit path leads to from the leaf at `index` of a tree of `size` leaves, to be
 * compared with a signed root; undefined when the path cannot belong to that index and size.
 */
export async function rootFromInclusionProof(
  index: number,
  size: number,
  leaf: Bytes,
  path: readonly Bytes[],
): Promise<Bytes | undefined> {
  if (!Number.isInteger(index) || index < 0 || index >= size) return undefined;
  let fn = index;
  let sn = size - 1;
  let root = leaf;
  for (const sibling of path) {
    if (sn === 0) return undefined;
    if (fn % 2 === 1 || fn === sn) {
      root = await nodeHashOf(sibling, root);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      root = await nodeHashOf(root, sibling);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 ? root : undefined;
}
