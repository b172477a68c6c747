/**
 * Ids in the order they came (a proposal's supporters, the people invited to rate an answer): an immutable set whose
 * `with`, `has` and `size` cost O(1) however many there are, so folding a stream of n additions costs O(n), not O(n²).
 *
 * Versions share one append-only log: a set is the log's first `size` ids. Adding to the newest version appends to
 * the log in place, which no older version can see (each reads only its own prefix, and a position past its size
 * is not a member of it). Adding to an older version, or removing anyone (a supporter withdrawing, which is rare), copies
 * what it keeps into a log of its own. So no version ever changes once made, which keeps `evolve` pure.
 */
export class IdSet {
  static readonly none = new IdSet({ ids: [], positions: new Map() }, 0);

  private constructor(
    private readonly log: { ids: string[]; positions: Map<string, number> },
    readonly size: number,
  ) {}

  has(id: string): boolean {
    const position = this.log.positions.get(id);
    return position !== undefined && position < this.size;
  }

  with(id: string): IdSet {
    if (this.has(id)) return this;
    const log = this.size === this.log.ids.length ? this.log : logOf(this.toJSON());
    log.positions.set(id, log.ids.push(id) - 1);
    return new IdSet(log, this.size + 1);
  }

  without(id: string): IdSet {
    if (!this.has(id)) return this;
    const kept = this.toJSON().filter((member) => member !== id);
    return new IdSet(logOf(kept), kept.length);
  }

  /** As an array, in the order they came: how the audit shows a proposal's state. */
  toJSON(): string[] {
    return this.log.ids.slice(0, this.size);
  }
}

function logOf(ids: string[]): { ids: string[]; positions: Map<string, number> } {
  return { ids, positions: new Map(ids.map((id, position) => [id, position])) };
}
