import { GraphQLError, GraphQLFormattedError } from 'graphql';

const MASKED = 'internal error: the platform logged it';

/** An error with a code of its own (a refusal, a limit) is the caller's to read; any other is unexpected. */
function unexpected(code: unknown): boolean {
  return typeof code !== 'string' || code === 'INTERNAL_SERVER_ERROR';
}

const production = () => process.env.NODE_ENV === 'production';

/**
 * In production an unexpected error says only that it happened: its details are in the log, not the reply.
 * Over HTTP Apollo hands over the formatted error; over the WebSocket graphql-ws hands over the error itself.
 */
export function maskedFormattedError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return production() && unexpected(formatted.extensions?.code)
    ? { message: MASKED, extensions: { code: 'INTERNAL_SERVER_ERROR' } }
    : formatted;
}

export function maskedError(error: GraphQLError, inProduction = production()): GraphQLError {
  return inProduction && unexpected(error.extensions?.code)
    ? new GraphQLError(MASKED, { extensions: { code: 'INTERNAL_SERVER_ERROR' } })
    : error;
}
