import { issueToken } from '@hyeopchi/identity';
import { nowMs, round, summarise } from './stats';

/**
 * The hot-proposal bench's citizens, in a process of their own: `node hot-support-load.js <json options>` sends
 * `supportProposal` for one proposal from `supports` different citizens, `clients` at a time, and prints one JSON
 * line with the figures. It stops early after `maxSeconds`, saying how far it got.
 */
export interface HotSupportOptions {
  url: string;
  proposalId: string;
  supports: number;
  clients: number;
  maxSeconds: number;
  secret: string;
  /** The span of supports whose rate is compared at the start and at the end. */
  window: number;
}

export interface HotSupportResult {
  sent: number;
  accepted: number;
  /** Refusals by their code (WRONG_EXPECTED_VERSION, …) and failures to answer. */
  refused: Record<string, number>;
  seconds: number;
  perSec: number;
  firstWindowPerSec: number;
  lastWindowPerSec: number;
  p50Ms: number;
  p99Ms: number;
}

async function support(options: HotSupportOptions, citizen: number): Promise<string> {
  const token = issueToken(
    {
      subject: `citizen-${citizen}`,
      roles: ['citizen'],
      organizations: [],
      departments: [],
      onCommittee: false,
    },
    { secret: options.secret, issuer: 'hyeopchi', audience: 'hyeopchi', expiresInSeconds: 3600 },
  );
  const response = await fetch(options.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: `mutation ($id: String!) { supportProposal(input: { proposalId: $id }) {
        ... on CommandAccepted { visible } ... on CommandRefused { code } } }`,
      variables: { id: options.proposalId },
    }),
  });
  const body = (await response.json()) as {
    data?: { supportProposal?: { visible?: boolean; code?: string } };
  };
  const result = body.data?.supportProposal;
  if (result?.visible === true) return 'ok';
  return result?.code ?? (result?.visible === false ? 'NOT_VISIBLE_IN_TIME' : `HTTP_${response.status}`);
}

/** Supports per second over the completions numbered [from, to). */
function rateOver(completedAt: number[], from: number, to: number): number {
  if (to - from < 2) return 0;
  return round((to - from - 1) / ((completedAt[to - 1] - completedAt[from]) / 1000), 1);
}

async function run(options: HotSupportOptions): Promise<HotSupportResult> {
  const latencies: number[] = [];
  const completedAt: number[] = [];
  const refused: Record<string, number> = {};
  let next = 0;
  const started = nowMs();
  const deadline = started + options.maxSeconds * 1000;
  await Promise.all(
    Array.from({ length: options.clients }, async () => {
      while (next < options.supports && nowMs() < deadline) {
        const citizen = next++;
        const sent = nowMs();
        const outcome = await support(options, citizen).catch(() => 'NO_ANSWER');
        const done = nowMs();
        latencies.push(done - sent);
        completedAt.push(done);
        if (outcome !== 'ok') refused[outcome] = (refused[outcome] ?? 0) + 1;
      }
    }),
  );
  const seconds = (nowMs() - started) / 1000;
  const sent = latencies.length;
  const window = Math.min(options.window, Math.floor(sent / 2));
  const { p50, p99 } = summarise(latencies);
  return {
    sent,
    accepted: sent - Object.values(refused).reduce((sum, count) => sum + count, 0),
    refused,
    seconds: round(seconds, 1),
    perSec: round(sent / seconds, 1),
    firstWindowPerSec: rateOver(completedAt, 0, window),
    lastWindowPerSec: rateOver(completedAt, sent - window, sent),
    p50Ms: p50,
    p99Ms: p99,
  };
}

if (require.main === module) {
  run(JSON.parse(process.argv[2]) as HotSupportOptions).then(
    (result) => console.log(JSON.stringify(result)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
