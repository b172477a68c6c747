import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { apiMessage } from './api-message';

describe("the API's message", () => {
  it("is the GraphQL error's own words, without urql's prefix", () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('no stream "x" in any service\'s log')],
    });
    expect(error.message).toBe('[GraphQL] no stream "x" in any service\'s log');
    expect(apiMessage(error)).toBe('no stream "x" in any service\'s log');
  });

  it("is the network's when the request did not arrive", () => {
    expect(apiMessage(new CombinedError({ networkError: new Error('Failed to fetch') }))).toBe(
      'Failed to fetch',
    );
  });
});
