/**
 * RFC 8785 (JSON Canonicalization Scheme): the one serialization of a JSON value that everyone who hashes it
 * computes alike. Object members sorted by their names' UTF-16 code units, no whitespace, strings and numbers
 * as ECMAScript's JSON.stringify writes them (which is what the RFC specifies).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`${value} has no JSON form`);
    return JSON.stringify(value);
  }
  // as JSON.stringify: a missing array item is null, a missing member is left out
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  if (typeof value === 'object') {
    // as JSON.stringify: an object that says how it is written (a Date, …) is written so
    const own = value as { toJSON?: () => unknown };
    if (typeof own.toJSON === 'function') return canonicalJson(own.toJSON());
    const members = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${members.map(([name, member]) => `${JSON.stringify(name)}:${canonicalJson(member)}`).join(',')}}`;
  }
  throw new TypeError(`a ${typeof value} has no JSON form`);
}
