import { MALFORMED_TEXT, malformedTextIn } from '@hyeopchi/contract-kit';
import { ALL_COMMANDS } from '@hyeopchi/platform';
import { z } from 'zod';

/** The path of every string a command's schema takes, array items as their first. */
function stringPaths(schema: z.ZodTypeAny, path: (string | number)[] = []): (string | number)[][] {
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) {
    return stringPaths(schema.unwrap(), path);
  }
  if (schema instanceof z.ZodString) return [path];
  if (schema instanceof z.ZodArray) return stringPaths(schema.element, [...path, 0]);
  if (schema instanceof z.ZodTuple) return stringPaths(schema.items[0] as z.ZodTypeAny, [...path, 0]);
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape as Record<string, z.ZodTypeAny>).flatMap(([field, inner]) =>
      stringPaths(inner, [...path, field]),
    );
  }
  return [];
}

const placed = (path: (string | number)[], value: string): unknown =>
  path.reduceRight<unknown>(
    (inner, step) =>
      // two items: a tuple (the co-chairs) takes no fewer
      typeof step === 'number' ? [inner, inner] : { [step]: inner },
    value,
  );

describe('text in commands, however they arrive (GraphQL, Kafka, a process manager)', () => {
  const cases = ALL_COMMANDS.flatMap(({ type, schema }) =>
    stringPaths(schema).map((path) => ({ type, schema, path })),
  );

  it('finds the strings of every command (the walk below misses none)', () => {
    expect(cases.length).toBeGreaterThan(50);
    expect(cases).toContainEqual(expect.objectContaining({ type: 'PublishMinutes', path: ['minutes'] }));
    expect(cases).toContainEqual(
      expect.objectContaining({ type: 'PlanImplementation', path: ['milestones', 0, 'title'] }),
    );
  });

  it.each([
    ['a NUL character', 'a \u0000 b'],
    ['a lone high surrogate', 'a \uD800 b'],
    ['a lone low surrogate', 'a \uDC00 b'],
  ])('are refused at every text and id when they carry %s', (_what, bad) => {
    const accepted = cases.filter(({ schema, path }) => {
      const result = (schema as z.ZodTypeAny).safeParse(placed(path, bad));
      return result.success || !result.error.issues.some((issue) => issue.path.join('.') === path.join('.'));
    });
    expect(accepted.map(({ type, path }) => `${type}.${path.join('.')}`)).toEqual([]);
  });

  it('are taken when well formed, whatever the script', () => {
    const minutes = ALL_COMMANDS.find(({ type }) => type === 'PublishMinutes')!.schema;
    expect(minutes.safeParse({ sessionId: 's-1', minutes: '회의록 😀 minutes\n\ttabbed' }).success).toBe(
      true,
    );
    expect(minutes.safeParse({ sessionId: 's-1', minutes: 'a\u0000b' }).error?.issues).toMatchObject([
      { path: ['minutes'], message: MALFORMED_TEXT },
    ]);
  });

  it('are found anywhere in a value, keys too, however deep', () => {
    expect(malformedTextIn({ input: { tags: ['ok', 'b\u0000d'] } })).toBe('input.tags[1]');
    expect(malformedTextIn({ ['key\uDFFF']: 1 })).toBe('key\uDFFF');
    expect(malformedTextIn({ input: { text: '회의 😀' }, n: 1, none: null })).toBeNull();
    let deep: unknown = 'x\u0000';
    for (let level = 0; level < 100_000; level++) deep = [deep];
    expect(malformedTextIn(deep)).toMatch(/^(\[0\]){100000}$/);
  });
});
