import { EMPTY_TREE_ROOT, nodeHash } from './merkle-tree';

/**
 * The root of an RFC 9162 tree kept up to date as leaves are appended, in O(log n) space: the roots of the
 * perfect subtrees the leaves so far make (the binary digits of the size), largest first. A checkpointer keeps
 * this frontier with its last checkpoint and continues from it, without reading the log from the start.
 */
export class MerkleFrontier {
  private constructor(
    private size: number,
    private readonly peaks: Buffer[],
  ) {}

  static empty(): MerkleFrontier {
    return new MerkleFrontier(0, []);
  }

  /** A frontier saved with `toJSON`, checked for the size it claims. */
  static from({ size, peaks }: { size: number; peaks: string[] }): MerkleFrontier {
    const expected = size
      .toString(2)
      .split('')
      .filter((bit) => bit === '1').length;
    if (!Number.isInteger(size) || size < 0 || peaks.length !== expected) {
      throw new Error(`a frontier of ${size} leaves has ${expected} peaks, not ${peaks.length}`);
    }
    return new MerkleFrontier(
      size,
      peaks.map((peak) => Buffer.from(peak, 'hex')),
    );
  }

  get treeSize(): number {
    return this.size;
  }

  append(leafHash: Buffer): void {
    let carry = leafHash;
    // merge equal-sized subtrees, as adding one to the size carries through its trailing ones
    for (let size = this.size; size % 2 === 1; size = Math.floor(size / 2)) {
      carry = nodeHash(this.peaks.pop()!, carry);
    }
    this.peaks.push(carry);
    this.size++;
  }

  /** MTH of the leaves so far: the peaks folded from the smallest (right) to the largest (left). */
  root(): Buffer {
    if (this.peaks.length === 0) return EMPTY_TREE_ROOT;
    return this.peaks.reduceRight((right, left) => nodeHash(left, right));
  }

  toJSON(): { size: number; peaks: string[] } {
    return { size: this.size, peaks: this.peaks.map((peak) => peak.toString('hex')) };
  }
}
