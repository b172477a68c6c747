/**
 * RFC 8785 (JSON Canonicalization Scheme): the one serialization of a JSON value that everyone who hashes it
 * computes alike. Object members sorted by their names' UTF-16 code units (the default order of
 * `Array.prototype.sort`), no whitespace, strings and numbers as ECMAScript's JSON.stringify writes them (which
 * is what the RFC specifies). What JSON cannot hold (a function, a symbol, a bigint, NaN, Infinity) is a
 * TypeError, never silently dropped.
 */
export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return quoted(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`${value} has no JSON form`);
      // as JSON.stringify: Number::toString, and -0 as 0
      return String(value);
    case 'object':
      if (value === null) return 'null';
      return Array.isArray(value) ? canonicalArray(value) : canonicalObject(value);
    default:
      throw new TypeError(`a ${typeof value} has no JSON form`);
  }
}

function canonicalArray(items: readonly unknown[]): string {
  let json = '[';
  for (let index = 0; index < items.length; index++) {
    if (index > 0) json += ',';
    // as JSON.stringify: a missing array item is null
    json += items[index] === undefined ? 'null' : canonicalJson(items[index]);
  }
  return `${json}]`;
}

function canonicalObject(value: object): string {
  // as JSON.stringify: an object that says how it is written (a Date, …) is written so
  const own = value as { toJSON?: () => unknown };
  if (typeof own.toJSON === 'function') return canonicalJson(own.toJSON());
  const record = value as Record<string, unknown>;
  const names = Object.keys(record).sort();
  let json = '{';
  for (const name of names) {
    const member = record[name];
    // as JSON.stringify: a missing member is left out
    if (member === undefined) continue;
    if (json.length > 1) json += ',';
    json += `${quoted(name)}:${canonicalJson(member)}`;
  }
  return `${json}}`;
}

// what JSON.stringify escapes: quotes, backslashes, control characters, and lone surrogates (a pair is let through
// to JSON.stringify too, which writes it as it is)
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPING = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string as JSON.stringify writes it; most strings need no escaping, and are written without the call. */
function quoted(text: string): string {
  return NEEDS_ESCAPING.test(text) ? JSON.stringify(text) : `"${text}"`;
}
