import { issueToken } from '@hyeopchi/identity';
import { benchProposalId } from './proposals';
import { nowMs, summarise } from './stats';

/**
 * The gateway bench's clients, in a process of their own so that generating the load does not take the CPU
 * the gateway needs: `node graphql-load.js <json options>` prints one JSON line with the figures.
 */
export interface LoadOptions {
  url: string;
  operation: 'support' | 'list';
  seconds: number;
  clients: number;
  proposals: number;
  secret: string;
  /** Supporters are numbered from here, so each case supports with people who have not supported yet. */
  firstSupporter: number;
}

export interface LoadResult {
  requests: number;
  perSec: number;
  p50Ms: number;
  p99Ms: number;
  failed: number;
}

async function post(url: string, token: string | null, body: object) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the bench only looks for one field
  return (await response.json()) as { data?: Record<string, any> };
}

async function run(options: LoadOptions): Promise<LoadResult> {
  let supporter = options.firstSupporter;
  const token = (subject: string) =>
    issueToken(
      { subject, roles: ['citizen'], organizations: [], departments: [], onCommittee: false },
      { secret: options.secret, issuer: 'hyeopchi', audience: 'hyeopchi', expiresInSeconds: 3600 },
    );
  const call = async (): Promise<boolean> => {
    if (options.operation === 'list') {
      const body = await post(options.url, null, {
        query:
          '{ proposals(first: 20, filter: { status: collecting_support }) { totalCount edges { node { id supports } } } }',
      });
      return body.data?.proposals?.edges?.length === 20;
    }
    const id = supporter++;
    const body = await post(options.url, token(`citizen-${id}`), {
      query: `mutation ($id: String!) { supportProposal(input: { proposalId: $id }) {
        ... on CommandAccepted { visible } ... on CommandRefused { code } } }`,
      variables: { id: benchProposalId(id % options.proposals) },
    });
    return body.data?.supportProposal?.visible === true;
  };
  const latencies: number[] = [];
  let failed = 0;
  const started = nowMs();
  const deadline = started + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.clients }, async () => {
      while (nowMs() < deadline) {
        const sent = nowMs();
        const ok = await call();
        latencies.push(nowMs() - sent);
        if (!ok) failed++;
      }
    }),
  );
  const { p50, p99 } = summarise(latencies);
  const perSec = Math.round(latencies.length / ((nowMs() - started) / 1000));
  return { requests: latencies.length, perSec, p50Ms: p50, p99Ms: p99, failed };
}

if (require.main === module) {
  run(JSON.parse(process.argv[2]) as LoadOptions).then(
    (result) => console.log(JSON.stringify(result)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
