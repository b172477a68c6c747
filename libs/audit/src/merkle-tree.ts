import { hash } from 'node:crypto';
import { LEAF_PREFIX, NODE_PREFIX, rootFromInclusionProof, rootsFromConsistencyProof } from './portable';

/**
 * RFC 9162 (Certificate Transparency 2.0) Merkle trees over a log: leaf = SHA-256(0x00 ‖ record), node =
 * SHA-256(0x01 ‖ left ‖ right), the left subtree the largest power of two below the size. Inclusion and
 * consistency proofs as §2.1.3 and §2.1.4 define them, so any verifier of that RFC checks ours.
 */
const sha256 = (...parts: Uint8Array[]): Buffer =>
  hash('sha256', Buffer.concat(parts), 'buffer') as unknown as Buffer;

export const leafHash = (record: Buffer): Buffer => sha256(LEAF_PREFIX, record);
export const nodeHash = (left: Buffer, right: Buffer): Buffer => sha256(NODE_PREFIX, left, right);
export const EMPTY_TREE_ROOT = sha256();

/** The largest power of two smaller than n (n > 1). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * A log's leaf hashes and the roots of all its perfect subtrees, each computed once, as the log grows: the root
 * of any size, and every proof of every size, then take O(log n) hashes each. Leaves can be appended one by one
 * (a verifier reading an export) or all given at once.
 */
export class MerkleLog {
  /** levels[k][i]: the root of leaves [i·2^k, (i+1)·2^k); levels[0] are the leaves. */
  private readonly levels: Buffer[][] = [[]];

  constructor(leaves: readonly Buffer[] = []) {
    for (const leaf of leaves) this.append(leaf);
  }

  get size(): number {
    return this.levels[0].length;
  }

  leaf(index: number): Buffer {
    return this.levels[0][index];
  }

  append(leaf: Buffer): void {
    this.levels[0].push(leaf);
    for (let k = 0; this.levels[k].length % 2 === 0; k++) {
      const level = this.levels[k];
      if (k + 1 === this.levels.length) this.levels.push([]);
      this.levels[k + 1].push(nodeHash(level[level.length - 2], level[level.length - 1]));
    }
  }

  /** MTH(D[0:size]): the root of the tree of the first `size` leaves. */
  root(size = this.size): Buffer {
    this.check(size, 0, 'size');
    return size === 0 ? EMPTY_TREE_ROOT : this.hashOf(0, size);
  }

  /** PATH(index, D[0:size]): the audit path of one leaf, from the leaf up. */
  inclusionProof(index: number, size = this.size): Buffer[] {
    this.check(size, 1, 'size');
    if (!Number.isInteger(index) || index < 0 || index >= size)
      throw new RangeError(`no leaf ${index} in ${size}`);
    const path = (m: number, start: number, end: number): Buffer[] => {
      const n = end - start;
      if (n === 1) return [];
      const k = split(n);
      return m < k
        ? [...path(m, start, start + k), this.hashOf(start + k, end)]
        : [...path(m - k, start + k, end), this.hashOf(start, start + k)];
    };
    return path(index, 0, size);
  }

  /** PROOF(first, D[0:second]): what shows the tree of `first` leaves is a prefix of the tree of `second`. */
  consistencyProof(first: number, second = this.size): Buffer[] {
    this.check(second, 0, 'second');
    if (!Number.isInteger(first) || first < 0 || first > second) {
      throw new RangeError(`no consistency from ${first} to ${second}`);
    }
    if (first === 0 || first === second) return [];
    const subproof = (m: number, start: number, end: number, whole: boolean): Buffer[] => {
      const n = end - start;
      if (m === n) return whole ? [] : [this.hashOf(start, end)];
      const k = split(n);
      return m <= k
        ? [...subproof(m, start, start + k, whole), this.hashOf(start + k, end)]
        : [...subproof(m - k, start + k, end, false), this.hashOf(start, start + k)];
    };
    return subproof(first, 0, second, true);
  }

  /** The root of leaves [start, end). The RFC's recursion only asks for perfect subtrees at their own alignment. */
  private hashOf(start: number, end: number): Buffer {
    const n = end - start;
    if ((n & (n - 1)) === 0) return this.levels[Math.log2(n)][start / n];
    const k = split(n);
    return nodeHash(this.hashOf(start, start + k), this.hashOf(start + k, end));
  }

  private check(size: number, least: number, name: string): void {
    if (!Number.isInteger(size) || size < least || size > this.size) {
      throw new RangeError(`${name} ${size} is not a size of this log (${least} to ${this.size})`);
    }
  }
}

/** RFC 9162 §2.1.3.2: whether `proof` shows the leaf at `index` in the tree of `size` leaves with `root`. */
export function verifyInclusion(
  index: number,
  size: number,
  leaf: Buffer,
  proof: readonly Buffer[],
  root: Buffer,
): boolean {
  return rootFromInclusionProof(index, size, leaf, proof, nodeHash)?.equals(root) ?? false;
}

/** RFC 9162 §2.1.4.2: whether `proof` shows the tree of `first` leaves is a prefix of the tree of `second`. */
export function verifyConsistency(
  first: number,
  second: number,
  firstRoot: Buffer,
  secondRoot: Buffer,
  proof: readonly Buffer[],
): boolean {
  if (first < 0 || first > second) return false;
  if (first === second) return proof.length === 0 && firstRoot.equals(secondRoot);
  if (first === 0) return proof.length === 0 && firstRoot.equals(EMPTY_TREE_ROOT);
  const roots = rootsFromConsistencyProof(first, second, firstRoot, proof, nodeHash);
  return roots !== undefined && roots.first.equals(firstRoot) && roots.second.equals(secondRoot);
}
