import { issueToken } from '@hyeopchi/identity';
import autocannon from 'autocannon';
import { benchProposalId } from './proposals';
import { nowMs, round, summarise } from './stats';

/**
 * The gateway bench's clients, in a process of their own so that generating the load does not take the CPU
 * the server needs: `node graphql-load.js <json options>` prints one JSON line with the figures.
 */
export type LoadOptions = RepeatedRequest | Supports;

/**
 * The same POST again and again, sent by autocannon (its HTTP/1.1 client costs far less per request than
 * fetch): every response must be `expectBody`, byte for byte, or it counts as failed.
 */
export interface RepeatedRequest {
  kind: 'repeated';
  url: string;
  body: string;
  headers: Record<string, string>;
  expectBody: string;
  seconds: number;
  clients: number;
}

/** supportProposal by ever new citizens, each with a token of their own: a request cannot be replayed. */
export interface Supports {
  kind: 'supports';
  url: string;
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

async function repeat(options: RepeatedRequest): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    method: 'POST',
    headers: options.headers,
    body: options.body,
    expectBody: options.expectBody,
    connections: options.clients,
    duration: options.seconds,
  });
  return {
    requests: result.requests.total,
    perSec: Math.round(result.requests.total / options.seconds),
    p50Ms: round(result.latency.p50),
    p99Ms: round(result.latency.p99),
    failed: result.errors + result.timeouts + result.non2xx + result.mismatches,
  };
}

async function support(options: Supports): Promise<LoadResult> {
  let supporter = options.firstSupporter;
  const token = (subject: string) =>
    issueToken(
      { subject, roles: ['citizen'], organizations: [], departments: [], onCommittee: false },
      { secret: options.secret, issuer: 'hyeopchi', audience: 'hyeopchi', expiresInSeconds: 3600 },
    );
  const call = async (): Promise<boolean> => {
    const id = supporter++;
    const response = await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token(`citizen-${id}`)}` },
      body: JSON.stringify({
        query: `mutation ($id: String!) { supportProposal(input: { proposalId: $id }) {
          ... on CommandAccepted { visible } ... on CommandRefused { code } } }`,
        variables: { id: benchProposalId(id % options.proposals) },
      }),
    });
    const body = (await response.json()) as { data?: { supportProposal?: { visible?: boolean } } };
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
  const options = JSON.parse(process.argv[2]) as LoadOptions;
  (options.kind === 'repeated' ? repeat(options) : support(options)).then(
    (result) => console.log(JSON.stringify(result)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
