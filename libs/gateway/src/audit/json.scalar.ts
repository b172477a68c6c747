import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';

/** Event data, metadata and folded states leave exactly as stored: the hashes cover them as they are. */
export const JSONValue = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  description: 'Any JSON value (object, array, string, number, boolean or null), given as it is.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});
