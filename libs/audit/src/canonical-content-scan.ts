/**
 * A quick, conservative reading of an event's content JSON, in one pass and without building the value: true only
 * when the text is certainly the canonical writing (RFC 8785) of a content, false when it is not or when this
 * reading cannot tell (a fraction, an exponent, a `\u` escape of anything but a control character, a member name
 * with an escape, nesting past MAX_DEPTH). A false is no verdict: the caller then parses the text and writes it
 * again, which is several times slower and is the answer. It must never say true of a text that is not canonical.
 */
export function scansAsCanonicalContent(text: string): boolean {
  return new ContentScan(text).content();
}

const MAX_DEPTH = 64;
// safe integers print as their own digits: 15 digits are always below 2^53
const MAX_INTEGER_DIGITS = 15;
const CONTENT_MEMBERS = ['data', 'eventId', 'metadata', 'schemaVersion', 'streamId', 'type'];
const STRING_MEMBERS = new Set(['eventId', 'streamId', 'type']);

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
// the escapes JSON.stringify and RFC 8785 write with one letter: \" \\ \b \f \n \r \t
const SHORT_ESCAPES = new Set(['"', '\\', 'b', 'f', 'n', 'r', 't'].map((letter) => letter.charCodeAt(0)));
const CONTROLS_WITH_SHORT_ESCAPES = new Set([0x08, 0x09, 0x0a, 0x0c, 0x0d]);
const LOWER_HEX = /^00[01][0-9a-f]$/;
// what a string holds between the characters that need a closer look, skipped by the regular expression engine
// eslint-disable-next-line no-control-regex -- control characters are among what it stops at
const PLAIN_RUN = /[^"\\\u0000-\u001f\ud800-\udfff]*/y;

type Kind = 'string' | 'integer' | 'other';

class ContentScan {
  private at = 0;

  constructor(private readonly text: string) {}

  content(): boolean {
    if (this.next() !== OPEN_BRACE) return false;
    this.at++;
    for (const [index, member] of CONTENT_MEMBERS.entries()) {
      if (index > 0 && !this.take(COMMA)) return false;
      const name = this.memberName();
      if (name !== member || !this.take(COLON)) return false;
      const kind = this.value(1);
      if (kind === undefined) return false;
      if (STRING_MEMBERS.has(member) && kind !== 'string') return false;
      if (member === 'schemaVersion' && kind !== 'integer') return false;
    }
    return this.take(CLOSE_BRACE) && this.at === this.text.length;
  }

  private value(depth: number): Kind | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const code = this.next();
    if (code === OPEN_BRACE) return this.object(depth + 1) ? 'other' : undefined;
    if (code === OPEN_BRACKET) return this.array(depth + 1) ? 'other' : undefined;
    if (code === QUOTE) return this.string() ? 'string' : undefined;
    if (code === MINUS || (code >= ZERO && code <= NINE)) return this.integer() ? 'integer' : undefined;
    for (const literal of ['true', 'false', 'null']) {
      if (this.text.startsWith(literal, this.at)) {
        this.at += literal.length;
        return 'other';
      }
    }
    return undefined;
  }

  private object(depth: number): boolean {
    this.at++;
    if (this.take(CLOSE_BRACE)) return true;
    let previous: string | undefined;
    for (;;) {
      const name = this.memberName();
      // members in the order of their names' UTF-16 code units, each once (JavaScript's < compares just so)
      if (name === undefined || (previous !== undefined && !(previous < name))) return false;
      previous = name;
      if (!this.take(COLON) || this.value(depth) === undefined) return false;
      if (this.take(CLOSE_BRACE)) return true;
      if (!this.take(COMMA)) return false;
    }
  }

  private array(depth: number): boolean {
    this.at++;
    if (this.take(CLOSE_BRACKET)) return true;
    for (;;) {
      if (this.value(depth) === undefined) return false;
      if (this.take(CLOSE_BRACKET)) return true;
      if (!this.take(COMMA)) return false;
    }
  }

  /** A member's name without escapes, so that its text is its value; undefined otherwise. */
  private memberName(): string | undefined {
    const start = this.at + 1;
    if (this.next() !== QUOTE || !this.string()) return undefined;
    const name = this.text.slice(start, this.at - 1);
    return name.includes('\\') ? undefined : name;
  }

  private string(): boolean {
    const { text } = this;
    for (let at = this.at + 1; at < text.length;) {
      PLAIN_RUN.lastIndex = at;
      PLAIN_RUN.test(text);
      at = PLAIN_RUN.lastIndex;
      const code = text.charCodeAt(at);
      if (code === QUOTE) {
        this.at = at + 1;
        return true;
      }
      if (code < 0x20) return false;
      if (code === BACKSLASH) {
        const escaped = text.charCodeAt(at + 1);
        if (SHORT_ESCAPES.has(escaped)) {
          at += 2;
          continue;
        }
        // \u00XX only for the control characters that have no one-letter escape, in lower case
        const hex = text.slice(at + 2, at + 6);
        if (escaped !== 0x75 || !LOWER_HEX.test(hex) || CONTROLS_WITH_SHORT_ESCAPES.has(parseInt(hex, 16))) {
          return false;
        }
        at += 6;
        continue;
      }
      if (code >= 0xd800 && code <= 0xdfff) {
        const low = text.charCodeAt(at + 1);
        if (code > 0xdbff || !(low >= 0xdc00 && low <= 0xdfff)) return false;
        at += 2;
        continue;
      }
      at++;
    }
    return false;
  }

  /** An integer as canonical JSON writes it: no leading zero, no minus zero, no fraction or exponent. */
  private integer(): boolean {
    const { text } = this;
    const start = this.at;
    let at = start;
    if (text.charCodeAt(at) === MINUS) at++;
    const digitsStart = at;
    while (text.charCodeAt(at) >= ZERO && text.charCodeAt(at) <= NINE) at++;
    const digits = at - digitsStart;
    if (digits === 0 || digits > MAX_INTEGER_DIGITS) return false;
    if (text.charCodeAt(digitsStart) === ZERO && (digits > 1 || digitsStart > start)) return false;
    this.at = at;
    return true;
  }

  private next(): number {
    return this.text.charCodeAt(this.at);
  }

  private take(code: number): boolean {
    if (this.next() !== code) return false;
    this.at++;
    return true;
  }
}
