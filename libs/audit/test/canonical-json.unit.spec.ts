import { canonicalJson } from '@hyeopchi/audit';

describe('canonical JSON (RFC 8785)', () => {
  it('sorts members by UTF-16 code units, as the RFC example does', () => {
    const value = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    // the order of the values in the text (an object parsed back would put "1" first again)
    const text = canonicalJson(value);
    const order = Object.values(value).sort((a, b) => text.indexOf(a) - text.indexOf(b));
    expect(order).toEqual([
      'Carriage Return',
      'One',
      'Control',
      'Latin Small Letter O With Diaeresis',
      'Euro Sign',
      'Emoji: Grinning Face',
      'Hebrew Letter Dalet With Dagesh',
    ]);
  });

  it('writes numbers and strings as the RFC says, without whitespace, nested', () => {
    // 333333333.33333329 in the RFC: the same double, written as JavaScript keeps it
    expect(canonicalJson({ b: [1e21, 1e-7, 333333333.3333333, -0, 4.5], a: { z: null, y: true } })).toBe(
      '{"a":{"y":true,"z":null},"b":[1e+21,1e-7,333333333.3333333,0,4.5]}',
    );
    expect(canonicalJson('\u001f\n"\\€')).toBe('"\\u001f\\n\\"\\\\€"');
  });

  it.each([
    'plain',
    '마포구',
    'say "hi"',
    'back\\slash',
    'tab\there',
    '\u007f and \u0000',
    'emoji 😀',
    'lone \ud800 high',
    'lone \udc00 low',
    '',
  ])('writes the string %j exactly as JSON.stringify does, also as a member name', (text) => {
    expect(canonicalJson(text)).toBe(JSON.stringify(text));
    expect(canonicalJson({ [text]: text })).toBe(`{${JSON.stringify(text)}:${JSON.stringify(text)}}`);
  });

  it('refuses what JSON cannot say', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(/no JSON form/);
    expect(() => canonicalJson(() => 1)).toThrow(/no JSON form/);
  });
});
