import { GraphQLError } from 'graphql';
import { maskedError } from '../src/websocket-limits';

describe('errors over the WebSocket', () => {
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

  it('go out as they are when they carry a code of their own', () => {
    expect(maskedError(refusal, true)).toBe(refusal);
  });
});
