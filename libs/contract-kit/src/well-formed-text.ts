import { z } from 'zod';

/**
 * Text PostgreSQL stores as it was sent: no NUL character (text and jsonb refuse it) and no half of a surrogate
 * pair (jsonb refuses it; text would keep a replacement character instead). Checked in one linear pass.
 */
const WELL_FORMED = /^(?:[^\0\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;

export const MALFORMED_TEXT = 'must not contain NUL characters or unpaired surrogates';

export const isWellFormedText = (value: string): boolean => WELL_FORMED.test(value);

/** Free text of at most `max` characters, refused when malformed; the domain trims it and refuses what is blank. */
export const text = (max: number) =>
  z.string().max(max, `at most ${max} characters`).regex(WELL_FORMED, MALFORMED_TEXT);

/**
 * Where the first malformed string (or key) lies in a value parsed from JSON, as a path (`input.title`), or null.
 * Iterative: the value's nesting is the sender's choice.
 */
export function malformedTextIn(value: unknown, root = ''): string | null {
  const pending: { value: unknown; path: string }[] = [{ value, path: root }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value: current, path } = next;
    if (typeof current === 'string') {
      if (!isWellFormedText(current)) return path || 'the value';
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push({ value: item, path: `${path}[${index}]` }));
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        const at = path ? `${path}.${key}` : key;
        if (!isWellFormedText(key)) return at;
        pending.push({ value: item, path: at });
      }
    }
  }
  return null;
}
