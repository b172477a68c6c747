import { GraphQLError } from 'graphql';
import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { maskedError, maskedFormattedError } from '../src/error-masking';

describe('unexpected errors, over HTTP and the WebSocket', () => {
  const internal = new GraphQLError('relation "read_models_v1.proposals" does not exist');
  const refusal = new GraphQLError('at most 20 subscriptions per connection', {
    extensions: { code: 'BAD_USER_INPUT' },
  });

  it('say only that something went wrong in production, and keep the details elsewhere', () => {
    expect(maskedError(internal, true)).toMatchObject({
      message: 'internal error: the platform logged it',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(maskedError(internal, false)).toBe(internal);
  });

  it("never carry a database's message, in development either", () => {
    const driverError = new DatabaseError('invalid byte sequence for encoding "UTF8": 0x00', 0, 'error');
    const query = new QueryFailedError(
      'SELECT * FROM read_models_v1.proposals WHERE id = $1',
      ['p'],
      driverError,
    );
    for (const cause of [driverError, query]) {
      const wrapped = new GraphQLError(cause.message, { originalError: cause });
      expect(maskedError(wrapped, false)).toMatchObject({
        message: 'internal error: the platform logged it',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(
        maskedFormattedError(
          { message: cause.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
          wrapped,
        ),
      ).toEqual({
        message: 'internal error: the platform logged it',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    }
  });

  it('go out as they are when they carry a code of their own', () => {
    expect(maskedError(refusal, true)).toBe(refusal);
  });

  it('are masked the same way over HTTP, where Apollo gives the formatted error', () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      expect(
        maskedFormattedError({ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
      ).toEqual({
        message: 'internal error: the platform logged it',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      const refused = { message: 'no', extensions: { code: 'FORBIDDEN' } };
      expect(maskedFormattedError(refused)).toBe(refused);
    } finally {
      process.env.NODE_ENV = previous;
    }
  });
});
