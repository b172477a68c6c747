/**
 * Which offset of one partition may be committed while its messages finish out of order: the one after the
 * longest run of finished messages from the start. A message taken but unfinished holds back every later commit,
 * so a crash redelivers it and whatever came after it.
 */
export class PartitionProgress {
  /** Offsets taken and not finished, in the order they were taken (ascending). */
  private readonly unfinished = new Set<bigint>();
  private highestTaken: bigint | undefined;

  take(offset: bigint): void {
    this.unfinished.add(offset);
    if (this.highestTaken === undefined || offset > this.highestTaken) this.highestTaken = offset;
  }

  finish(offset: bigint): void {
    this.unfinished.delete(offset);
  }

  /** The offset to commit now: the first unfinished one, or the one after the last taken; none before any. */
  get committable(): bigint | undefined {
    for (const offset of this.unfinished) return offset;
    return this.highestTaken === undefined ? undefined : this.highestTaken + 1n;
  }

  get pending(): number {
    return this.unfinished.size;
  }
}
