import { GraphQLError } from 'graphql';

/** A query's arguments that cannot be answered: the client fixes them. */
export function badInput(message: string, httpStatus?: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(httpStatus ? { http: { status: httpStatus } } : {}) },
  });
}
