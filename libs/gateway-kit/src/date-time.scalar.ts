import { GraphQLScalarType, Kind } from 'graphql';

/** Times out of columns arrive as Date, times out of JSON as ISO strings: both leave as ISO 8601 in UTC. */
export const DateTime = new GraphQLScalarType<Date | null, string | null>({
  name: 'DateTime',
  description: 'A moment in ISO 8601, in UTC, such as 2026-05-01T09:00:00.000Z.',
  serialize: (value) =>
    value === null || value === undefined ? null : new Date(value as string).toISOString(),
  parseValue: (value) => parseDateTime(value),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? parseDateTime(ast.value) : null),
});

function parseDateTime(value: unknown): Date {
  const parsed = typeof value === 'string' ? new Date(value) : new Date(NaN);
  if (Number.isNaN(parsed.getTime()))
    throw new TypeError('expected a date-time such as 2026-05-01T09:00:00Z');
  return parsed;
}
