import { issueToken } from '@hyeopchi/identity';
import { randomUUID } from 'node:crypto';

export interface SupportLoadOptions {
  /** The gateways' GraphQL addresses: client `i` starts on gateway `i mod n` and moves on when it fails. */
  graphqlUrls: string[];
  /** The gateways' JWT_SECRET. */
  secret: string;
  proposalIds: string[];
  clients: number;
  seconds: number;
  /** Supporters are numbered from here (`citizen-<n>`), so each run supports with people who have not yet. */
  firstSupporter: number;
}

/** A support the platform answered: accepted (`code` null) or refused by the domain. */
export interface AnsweredSupport {
  commandId: string;
  proposalId: string;
  supporter: string;
  code: string | null;
  /** From the first send to the answer, retries included. */
  latencyMs: number;
  /** Sends it took: more than one when a gateway or a service failed on the way. */
  attempts: number;
}

/** Failures after which the same command is sent again, with its id: it may have acted, and acts once. */
const SEND_AGAIN = new Set(['COMMAND_TIMEOUT', 'COMMAND_NOT_DELIVERED', 'INTERNAL']);
const GIVE_UP_AFTER_MS = 90_000;

/**
 * Clients supporting proposals through the gateways for `seconds`, each a new citizen per support, as a client
 * that wants its command to take effect: a support the platform failed to answer (a gateway gone, a service
 * killed, a reply late) is sent again with the same commandId, at the next gateway, until it is answered.
 */
export async function supportThroughGateways(options: SupportLoadOptions): Promise<AnsweredSupport[]> {
  const answered: AnsweredSupport[] = [];
  let next = options.firstSupporter;
  const deadline = Date.now() + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.clients }, async (_, client) => {
      let gateway = client;
      while (Date.now() < deadline) {
        const number = next++;
        const support = {
          commandId: randomUUID(),
          proposalId: options.proposalIds[number % options.proposalIds.length],
          supporter: `citizen-${number}`,
        };
        const sent = performance.now();
        for (let attempts = 1; ; attempts++) {
          const url = options.graphqlUrls[gateway % options.graphqlUrls.length];
          const code = await sendSupport(url, options.secret, support).catch(() => 'UNREACHABLE');
          if (code === null || !(SEND_AGAIN.has(code) || code === 'UNREACHABLE')) {
            answered.push({ ...support, code, latencyMs: performance.now() - sent, attempts });
            break;
          }
          if (performance.now() - sent > GIVE_UP_AFTER_MS) {
            throw new Error(`support ${support.commandId} unanswered after ${attempts} attempts: ${code}`);
          }
          gateway++;
        }
      }
    }),
  );
  return answered;
}

/** One send: null when accepted, else the refusal's code. */
async function sendSupport(
  url: string,
  secret: string,
  { commandId, proposalId, supporter }: { commandId: string; proposalId: string; supporter: string },
): Promise<string | null> {
  const token = issueToken(
    { subject: supporter, roles: ['citizen'], organizations: [], departments: [], onCommittee: false },
    { secret, issuer: 'hyeopchi', audience: 'hyeopchi', expiresInSeconds: 3600 },
  );
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: `mutation ($commandId: String!, $id: String!) {
        supportProposal(commandId: $commandId, input: { proposalId: $id }) {
          __typename ... on CommandRefused { code } } }`,
      variables: { commandId, id: proposalId },
    }),
  });
  const body = (await response.json()) as {
    data?: { supportProposal?: { __typename: string; code?: string } };
    errors?: { message: string }[];
  };
  const result = body.data?.supportProposal;
  if (!result) throw new Error(body.errors?.map((error) => error.message).join('; ') ?? 'no answer');
  return result.__typename === 'CommandAccepted' ? null : (result.code ?? 'UNKNOWN');
}
