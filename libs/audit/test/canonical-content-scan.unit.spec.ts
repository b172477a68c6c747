import { canonicalJson, contentOf, eventContentJson, scansAsCanonicalContent } from '@hyeopchi/audit';

/** The exact answer the quick reading stands in for: parse, write canonically again, compare. */
function isCanonical(text: string): boolean {
  try {
    const parsed = JSON.parse(text) as Parameters<typeof contentOf>[0];
    const wellTyped =
      typeof parsed.streamId === 'string' &&
      typeof parsed.eventId === 'string' &&
      typeof parsed.type === 'string' &&
      Number.isSafeInteger(parsed.schemaVersion);
    return wellTyped && eventContentJson(contentOf(parsed)) === text;
  } catch {
    return false;
  }
}

const contentWith = (data: unknown, metadata: unknown = { actor: 'kim', role: 'cso_admin' }) =>
  eventContentJson(
    contentOf({
      streamId: 'proposal-p-1',
      eventId: '0b6f3c1e-5d2a-4c8e-9f00-2a1b3c4d5e6f',
      type: 'proposal.drafted.v1',
      schemaVersion: 1,
      streamVersion: 1,
      globalPosition: 1,
      recordedAt: '2026-12-05T09:00:00.000000Z',
      data: data as Record<string, unknown>,
      metadata: metadata as Record<string, unknown>,
    }),
  );

const plain = contentWith({
  proposalId: 'p-1',
  title: '그늘막 "세 곳"',
  body: 'line one\nline two\ttabbed \\ back\u0001slash \u2028 😀',
  serves: ['strategy-5', 'strategy-6'],
  supports: 0,
  tier: null,
  open: true,
  costs: [-12, 0, 999999999999999],
  nested: { Zeta: 1, alpha: { b: [[]], a: {} }, 가: '', z: false },
});

describe('the quick reading of a content', () => {
  it('takes the canonical writing of everyday events', () => {
    expect(isCanonical(plain)).toBe(true);
    expect(scansAsCanonicalContent(plain)).toBe(true);
  });

  it.each([
    ['a space', plain.replace('{"data":', '{ "data":')],
    [
      'a member out of order',
      plain.replace('"open":true,"proposalId":"p-1"', '"proposalId":"p-1","open":true'),
    ],
    ['a member twice', plain.replace('"open":true', '"open":true,"open":true')],
    ['a fraction', plain.replace('"supports":0', '"supports":0.0')],
    ['an exponent', plain.replace('"supports":0', '"supports":1e2')],
    ['a leading zero', plain.replace('"supports":0', '"supports":07')],
    ['minus zero', plain.replace('"supports":0', '"supports":-0')],
    ['a long escape for a short one', plain.replace('line one\\n', 'line one\\u000a')],
    ['an escaped letter', plain.replace('"p-1"', '"\\u0070-1"')],
    ['an escaped solidus', plain.replace('strategy-5', 'strategy\\/5')],
    ['an upper-case escape', plain.replace('\\u0001', '\\u001F')],
    ['a raw control character', plain.replace('line one\\n', 'line one\n')],
    ['a lone surrogate', plain.replace('😀', '\ud83d')],
    ['a schema version in quotes', plain.replace('"schemaVersion":1', '"schemaVersion":"1"')],
    ['a member too many', plain.replace('"type":', '"typo":1,"type":')],
    ['something after it', `${plain} `],
  ])('does not take a content with %s', (_, altered) => {
    expect(altered).not.toBe(plain);
    expect(isCanonical(altered)).toBe(false);
    expect(scansAsCanonicalContent(altered)).toBe(false);
  });

  it('leaves to the exact answer what it cannot tell: fractions, escaped names, deep nesting', () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 100; level++) deep = [deep];
    for (const canonical of [
      contentWith({ ratio: 0.5 }),
      contentWith({ 'a\nb': 1 }),
      contentWith({ big: 1e21 }),
      contentWith({ deep }),
    ]) {
      expect(isCanonical(canonical)).toBe(true);
      expect(scansAsCanonicalContent(canonical)).toBe(false);
    }
  });

  it('never takes what is not canonical, over many random alterations of canonical contents', () => {
    // a fixed generator, so a failure can be run again
    let seed = 20261205;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pieces = [
      '"',
      '\\',
      ',',
      ':',
      '{',
      '}',
      '[',
      ']',
      ' ',
      '0',
      '1',
      '-',
      '.',
      'e',
      'a',
      '\\u0041',
      '\n',
      '\ud800',
    ];
    const samples = [plain, contentWith({ a: [1, { b: 'c' }], d: canonicalJson({ x: 1 }) })];
    let taken = 0;
    for (let round = 0; round < 20_000; round++) {
      const sample = samples[round % samples.length];
      const at = Math.floor(random() * sample.length);
      const cut = Math.floor(random() * 3);
      const piece = random() < 0.5 ? pieces[Math.floor(random() * pieces.length)] : '';
      const altered = sample.slice(0, at) + piece + sample.slice(at + cut);
      if (scansAsCanonicalContent(altered)) {
        taken++;
        expect({ altered, canonical: isCanonical(altered) }).toEqual({ altered, canonical: true });
      }
    }
    // some alterations are still canonical (a changed letter in a string): the reading takes those
    expect(taken).toBeGreaterThan(0);
  });
});
