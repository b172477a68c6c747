import { Identity } from '@hyeopchi/identity';
import { person, testToken } from '@hyeopchi/testing';
import { CHAOS_SECRET } from './topology';

/** One mutation the load sends: its name in the API, its input, and who sends it. */
export interface Mutation {
  name: 'draftProposal' | 'submitProposal' | 'supportProposal';
  input: Record<string, unknown>;
  actor: string;
}

/** What one send came to: accepted, refused with a code, or no answer the client can rely on. */
export type SendOutcome = { accepted: true } | { accepted: false; code: string };

/**
 * Failures after which a client sends the same command again with its id: the platform failed, not the command
 * (it may have acted, and acts once). UNREACHABLE stands for anything that is not a GraphQL answer: a refused
 * connection, a reset, a 5xx, a request timeout.
 */
export const SEND_AGAIN = new Set(['COMMAND_TIMEOUT', 'COMMAND_NOT_DELIVERED', 'INTERNAL', 'UNREACHABLE']);

/** GraphQL errors that say the request itself is wrong: sending it again would not help. */
const CLIENT_ERRORS = new Set([
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

const REQUEST_TIMEOUT_MS = 30_000;

const citizen = (subject: string): Identity => person(subject, ['citizen']);

/** One send of a mutation with `commandId` to the gateway's GraphQL at `url`. */
export async function sendMutation(url: string, commandId: string, mutation: Mutation): Promise<SendOutcome> {
  const inputType = `${mutation.name[0].toUpperCase()}${mutation.name.slice(1)}Input!`;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${testToken(citizen(mutation.actor), CHAOS_SECRET)}`,
      },
      body: JSON.stringify({
        query: `mutation ($commandId: String!, $input: ${inputType}) {
          result: ${mutation.name}(commandId: $commandId, input: $input) {
            __typename ... on CommandRefused { code } } }`,
        variables: { commandId, input: mutation.input },
      }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (response.status >= 500) return { accepted: false, code: 'UNREACHABLE' };
    const body = (await response.json()) as {
      data?: { result?: { __typename: string; code?: string } };
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    const result = body.data?.result;
    if (!result) {
      const code = body.errors?.[0]?.extensions?.code;
      return { accepted: false, code: code && CLIENT_ERRORS.has(code) ? code : 'UNREACHABLE' };
    }
    return result.__typename === 'CommandAccepted'
      ? { accepted: true }
      : { accepted: false, code: result.code ?? 'UNKNOWN' };
  } catch {
    return { accepted: false, code: 'UNREACHABLE' };
  }
}
