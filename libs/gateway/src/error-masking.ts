import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';

const MASKED = 'internal error: the platform logged it';

/** An error with a code of its own (a refusal, a limit) is the caller's to read; any other is unexpected. */
function unexpected(code: unknown): boolean {
  return typeof code !== 'string' || code === 'INTERNAL_SERVER_ERROR';
}

/** A database's message names tables, columns and values: never the caller's to read, in any mode. */
function fromDatabase(error: unknown): boolean {
  for (let cause = error, hops = 0; cause instanceof Error && hops < 10; hops++) {
    if (cause instanceof DatabaseError || cause instanceof QueryFailedError) return true;
    cause = (cause as { originalError?: unknown }).originalError ?? cause.cause;
  }
  return false;
}

const production = () => process.env.NODE_ENV === 'production';

const masks = (code: unknown, error: unknown, inProduction: boolean) =>
  unexpected(code) && (inProduction || fromDatabase(error));

/**
 * In production an unexpected error says only that it happened: its details are in the log, not the reply; a
 * database's error says only that in development too. Over HTTP Apollo hands over the formatted error and the
 * error itself; over the WebSocket graphql-ws hands over the error itself.
 */
export function maskedFormattedError(
  formatted: GraphQLFormattedError,
  error?: unknown,
): GraphQLFormattedError {
  return masks(formatted.extensions?.code, error, production())
    ? { message: MASKED, extensions: { code: 'INTERNAL_SERVER_ERROR' } }
    : formatted;
}

export function maskedError(error: GraphQLError, inProduction = production()): GraphQLError {
  return masks(error.extensions?.code, error, inProduction)
    ? new GraphQLError(MASKED, { extensions: { code: 'INTERNAL_SERVER_ERROR' } })
    : error;
}
