/** Where event ids come from: random UUIDs in production, predictable ones in tests. */
export interface IdSource {
  next(): string;
}
