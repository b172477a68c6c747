import { ProposalConditions, proposalsMeeting } from '@hyeopchi/civic/read-model';
import { CONTEXTS } from '@hyeopchi/context-names';
import { EventStore, PostgresEventStore } from '@hyeopchi/event-store';
import { openReadModels, rebuildReadModels } from '@hyeopchi/gateway';
import { createPool } from '@hyeopchi/postgres';
import { join } from 'node:path';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { startBaseline } from './support/bare-http-baseline';
import { loadFromAnotherProcess } from './support/child-process-load';
import { cityProposalId, writeCity } from './support/city-data';
import { LoadOptions, LoadResult } from './support/graphql-load';
import { writeResults } from './support/results';
import { round } from './support/stats';
import { caughtUp, followedAsWritten } from './support/followed-history';
import { startStandaloneGateway } from './support/standalone-gateway';

/**
 * `npm run bench -- city`: `proposals` with each filter and with text search on a city's data (10,000 proposals
 * and 1,000,000 supports in Seoul's 25 districts unless CITY_PROPOSALS / CITY_SUPPORTS say otherwise), beside a
 * bare Node HTTP server answering fixed JSON in the same process (`× baseline`). The data is written through
 * the store's port and the read models rebuilt from it before the platform starts; each query's plan is
 * EXPLAIN ANALYZEd at that size. Clients run in another process (autocannon).
 */
const PROPOSALS = Number(process.env.CITY_PROPOSALS ?? 10_000);
const SUPPORTS = Number(process.env.CITY_SUPPORTS ?? 1_000_000);
const SECONDS_PER_CASE = Number(process.env.BENCH_SECONDS ?? 8);
const CLIENTS = 16;
const CAUGHT_UP_WITHIN_MS = 30 * 60_000;

interface CityCase {
  filter: string;
  conditions: ProposalConditions;
}

const CASES: CityCase[] = [
  { filter: 'none', conditions: {} },
  { filter: 'status', conditions: { status: 'collecting_support' } },
  { filter: 'district', conditions: { district: 'Mapo-gu' } },
  { filter: 'serves', conditions: { serves: 'strategy-2' } },
  { filter: 'department', conditions: { department: 'transport' } },
  { filter: 'status + district', conditions: { status: 'answered', district: 'Gangnam-gu' } },
  {
    filter: 'all four',
    conditions: {
      status: 'collecting_support',
      serves: 'strategy-5',
      department: 'parks',
      district: 'Mapo-gu',
    },
  },
  { filter: 'text, Korean word', conditions: { text: '그늘막' } },
  { filter: 'text, Korean, common', conditions: { text: '공원' } },
  { filter: 'text, English phrase', conditions: { text: 'bike lanes' } },
  { filter: 'text, mixed', conditions: { text: '마포구 공원 그늘막 설치 (Shade' } },
  { filter: 'text, one character', conditions: { text: '숲' } },
  { filter: 'text, % and _', conditions: { text: '100%_' } },
  {
    filter: 'text + district + status',
    conditions: { text: '자전거', district: 'Mapo-gu', status: 'answered' },
  },
];

interface Seeded {
  url: string;
  events: number;
  writeSeconds: number;
  rebuildSeconds: number;
}

async function seedCity(url: string): Promise<Seeded> {
  const pool = createPool({ url, size: 8, applicationName: 'hyeopchi-bench-city' });
  try {
    const stores = new Map<string, EventStore>();
    for (const context of CONTEXTS) stores.set(context, await PostgresEventStore.open(pool, context));
    let started = performance.now();
    const events = await writeCity(stores.get('civic')!, { proposals: PROPOSALS, supports: SUPPORTS });
    const writeSeconds = (performance.now() - started) / 1000;
    console.log(`city written: ${events} events in ${round(writeSeconds, 1)} s`);
    started = performance.now();
    await rebuildReadModels({ url, pool, stores });
    const rebuildSeconds = (performance.now() - started) / 1000;
    console.log(`read models rebuilt in ${round(rebuildSeconds, 1)} s`);
    await followedAsWritten(pool, url);
    return { url, events, writeSeconds: round(writeSeconds, 1), rebuildSeconds: round(rebuildSeconds, 1) };
  } finally {
    await pool.end();
  }
}

/** The plan of the page and of its count at this size: which indexes serve it, and how long PostgreSQL takes. */
async function explain(readModels: DataSource, conditions: ProposalConditions) {
  const plan = async (sql: string, parameters: unknown[]) => {
    const lines: { 'QUERY PLAN': string }[] = await readModels.query(`EXPLAIN ANALYZE ${sql}`, parameters);
    const text = lines.map((line) => line['QUERY PLAN']).join('\n');
    const indexes = [...new Set(text.match(/proposals_[a-z_]+/g) ?? [])].join(' ');
    return { ms: Number(/Execution Time: ([\d.]+)/.exec(text)?.[1]), indexes: indexes || 'none' };
  };
  const page = proposalsMeeting(readModels.manager, conditions)
    .orderBy('proposal.draftedAt', 'DESC')
    .addOrderBy('proposal.id', 'DESC')
    .limit(21)
    .getQueryAndParameters();
  const count = proposalsMeeting(readModels.manager, conditions).select('count(*)').getQueryAndParameters();
  const [pagePlan, countPlan] = [await plan(...page), await plan(...count)];
  return {
    pageMs: pagePlan.ms,
    pageIndexes: pagePlan.indexes,
    countMs: countPlan.ms,
    countIndexes: countPlan.indexes,
  };
}

const pools = new Map<string, Pool>();
function pool(url: string): Pool {
  if (!pools.has(url)) pools.set(url, createPool({ url, size: 2, applicationName: 'hyeopchi-bench-city' }));
  return pools.get(url)!;
}

function graphqlFilter(conditions: ProposalConditions): string {
  const fields = Object.entries(conditions).map(([key, value]) =>
    key === 'status' ? `${key}: ${value}` : `${key}: ${JSON.stringify(value)}`,
  );
  return fields.length === 0 ? '' : `, filter: { ${fields.join(', ')} }`;
}

async function main(): Promise<void> {
  let seeded: Seeded | undefined;
  const platform = await startStandaloneGateway('city_hyeopchi_bench', async (url) => {
    seeded = await seedCity(url);
  });
  const { url } = seeded!;
  const baseline = await startBaseline();
  const headers = { 'content-type': 'application/json' };
  const repeated = async (target: string, query: string, seconds: number) => {
    const body = JSON.stringify({ query });
    const first = await fetch(target, { method: 'POST', headers, body });
    const expectBody = await first.text();
    if (!first.ok || expectBody.includes('"errors"')) throw new Error(`${query}: ${expectBody}`);
    const options: LoadOptions = {
      kind: 'repeated',
      url: target,
      body,
      headers,
      expectBody,
      seconds,
      clients: CLIENTS,
    };
    const result = await loadFromAnotherProcess<LoadOptions, LoadResult>(
      join(__dirname, 'support', 'graphql-load.js'),
      options,
    );
    return {
      ...result,
      totalCount: (JSON.parse(expectBody) as { data: { proposals?: { totalCount: number } } }).data.proposals
        ?.totalCount,
    };
  };
  let readModels: DataSource | undefined;
  try {
    const catchUpSeconds = await caughtUp(pool(url), CAUGHT_UP_WITHIN_MS);
    const { rows } = await pool(url).query<{ schema: string }>('SELECT schema FROM read_models.active');
    readModels = await openReadModels(url, rows[0].schema);
    console.log(`the platform followed the whole log ${catchUpSeconds} s after it started`);
    const bare = await repeated(baseline.url, '{ __typename }', SECONDS_PER_CASE);
    const cases: object[] = [{ operation: 'bare Node HTTP, fixed JSON (baseline)', ...bare, xBaseline: 1 }];
    const measure = async (operation: string, query: string, conditions?: ProposalConditions) => {
      await repeated(platform.url, query, 1);
      const result = await repeated(platform.url, query, SECONDS_PER_CASE);
      const plan = conditions ? await explain(readModels!, conditions) : {};
      cases.push({ operation, ...result, xBaseline: round(result.perSec / bare.perSec), ...plan });
    };
    await measure(
      'proposal(id), 4 scalars',
      `{ proposal(id: "${cityProposalId(7)}") { id title status supports } }`,
    );
    for (const { filter, conditions } of CASES) {
      await measure(
        `proposals(first: 20), ${filter}`,
        `{ proposals(first: 20${graphqlFilter(conditions)}) { totalCount edges { node { id title supports } } } }`,
        conditions,
      );
    }
    console.log(
      `\n${PROPOSALS} proposals, ${SUPPORTS} supports (${seeded!.events} events); GraphQL over HTTP, standalone, ${CLIENTS} clients in another process:`,
    );
    console.table(cases);
    const machine = await platform.describeMachine();
    const results = {
      suite: 'city',
      measuredAt: new Date().toISOString(),
      machine,
      city: { proposals: PROPOSALS, supports: SUPPORTS, ...seeded, url: undefined, catchUpSeconds },
      cases,
    };
    console.log(`written to ${writeResults('city', results)}`);
  } finally {
    await readModels?.destroy();
    await Promise.all([...pools.values()].map((each) => each.end()));
    await baseline.close();
    await platform.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
