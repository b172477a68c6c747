/**
 * RFC 9162 (Certificate Transparency 2.0) proofs over a log's Merkle tree: leaf = SHA-256(0x00 ‖ record), node =
 * SHA-256(0x01 ‖ left ‖ right). Which side each proof hash joins on depends on the sizes alone, never on the
 * hashes, so the walks are written once over any hash type `H`: Node joins Buffers synchronously, the browser
 * joins promises of WebCrypto digests. The caller compares the roots they lead to with the signed ones.
 */
export const LEAF_PREFIX = Uint8Array.of(0x00);
export const NODE_PREFIX = Uint8Array.of(0x01);

/** Hashes two children into their parent: SHA-256(0x01 ‖ left ‖ right). */
export type NodeHash<H> = (left: H, right: H) => H;

/**
 * RFC 9162 §2.1.3.2: the root an audit path leads to from the leaf at `index` of a tree of `size` leaves;
 * undefined when the path cannot belong to that index and size.
 */
export function rootFromInclusionProof<H>(
  index: number,
  size: number,
  leaf: H,
  path: readonly H[],
  node: NodeHash<H>,
): H | undefined {
  if (!Number.isInteger(index) || index < 0 || index >= size) return undefined;
  let fn = index;
  let sn = size - 1;
  let root = leaf;
  for (const sibling of path) {
    if (sn === 0) return undefined;
    if (fn % 2 === 1 || fn === sn) {
      root = node(sibling, root);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      root = node(root, sibling);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 ? root : undefined;
}

/**
 * RFC 9162 §2.1.4.2, for 0 < first < second: the roots of the tree of `first` leaves and of `second` leaves that
 * a consistency proof leads to, starting from the first tree's root; undefined when the proof cannot fit the sizes.
 * (An empty first tree, or two equal sizes, need no proof: the caller compares the roots themselves.)
 */
export function rootsFromConsistencyProof<H>(
  first: number,
  second: number,
  firstRoot: H,
  proof: readonly H[],
  node: NodeHash<H>,
): { first: H; second: H } | undefined {
  if (!Number.isInteger(first) || !Number.isInteger(second) || first <= 0 || first >= second)
    return undefined;
  if (proof.length === 0) return undefined;
  // a first tree that is a perfect subtree of the second is its own first proof hash
  const path = (first & (first - 1)) === 0 ? [firstRoot, ...proof] : [...proof];
  let fn = first - 1;
  let sn = second - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0];
  let sr = path[0];
  for (const hash of path.slice(1)) {
    if (sn === 0) return undefined;
    if (fn % 2 === 1 || fn === sn) {
      fr = node(hash, fr);
      sr = node(hash, sr);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      sr = node(sr, hash);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 ? { first: fr, second: sr } : undefined;
}
