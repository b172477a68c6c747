import { MissingRowError } from '@hyeopchi/gateway-kit';
import { EventEnvelope } from '@hyeopchi/messaging';
import { Started, freshDatabase, testDatabaseUrl } from '@hyeopchi/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { READ_MODEL_ENTITIES } from '../src/read-models/read-model-store';
import { openReadModels } from '../src/read-models/read-model-store';
import { ReadModelReplay, projectAll } from '../src/read-models/projector';

let position = 0;
const versions = new Map<string, number>();

/** The next event of a stream, as the bus delivers it. */
function event(context: string, streamId: string, type: string, data: object): EventEnvelope {
  const streamVersion = (versions.get(streamId) ?? 0) + 1;
  versions.set(streamId, streamVersion);
  return {
    context,
    streamId,
    streamVersion,
    globalPosition: ++position,
    transactionId: String(position),
    eventId: randomUUID(),
    type,
    schemaVersion: 1,
    data,
    metadata: { actor: 'citizen-1', role: 'citizen' },
    recordedAt: new Date('2026-03-01T09:00:00Z'),
  };
}

const at = '2026-03-01T09:00:00.000Z';
const drafted = (proposalId: string) =>
  event('civic', `proposal-${proposalId}`, 'proposal.drafted.v1', {
    proposalId,
    title: 'Shade canopies',
    body: 'In three parks.',
    serves: ['strategy-5'],
    departments: ['parks'],
    district: 'Mapo-gu',
    authorId: 'author-1',
    organizationId: null,
    draftedAt: at,
  });
const submitted = (proposalId: string) =>
  event('civic', `proposal-${proposalId}`, 'proposal.submitted.v1', {
    proposalId,
    policy: {
      version: 1,
      supportWindowDays: 90,
      tiers: [{ tier: 'department_answer', measure: 'supports', threshold: 2 }],
    },
    submittedAt: at,
    supportWindowClosesAt: '2026-06-01T09:00:00.000Z',
  });
const supported = (proposalId: string, supporterId: string, supports: number) =>
  event('civic', `proposal-${proposalId}`, 'proposal.supported.v1', {
    proposalId,
    supporterId,
    supports,
    supportedAt: at,
  });
const withdrawn = (proposalId: string, supporterId: string, supports: number) =>
  event('civic', `proposal-${proposalId}`, 'proposal.support_withdrawn.v1', {
    proposalId,
    supporterId,
    supports,
  });
const tierReached = (proposalId: string) =>
  event('civic', `proposal-${proposalId}`, 'proposal.tier_reached.v1', {
    proposalId,
    tier: 'department_answer',
    measure: 'supports',
    threshold: 2,
    count: 2,
    policyVersion: 1,
    departments: ['parks'],
    reachedAt: at,
  });
const reviewOpened = (proposalId: string) =>
  event('department', `review-${proposalId}`, 'review.opened.v1', {
    reviewId: `review-${proposalId}`,
    proposalId,
    department: 'parks',
    departments: ['parks'],
    leadDepartment: 'parks',
    openedAt: at,
    dueAt: '2026-04-01T09:00:00.000Z',
  });
const interimAnswer = (proposalId: string) =>
  event('department', `review-${proposalId}`, 'review.interim_answer_given.v1', {
    reviewId: `review-${proposalId}`,
    text: 'We are looking.',
    givenBy: 'officer-parks',
    givenAt: at,
  });

/** Every row of every read model table, as JSON in a stable order; the wall-clock column left out. */
async function rowsOf(dataSource: DataSource): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {};
  for (const entity of READ_MODEL_ENTITIES) {
    const { tableName } = dataSource.getMetadata(entity);
    const rows: { row: string }[] = await dataSource.query(
      `SELECT (to_jsonb(t) - 'updated_at')::text AS row FROM "${tableName}" t ORDER BY 1`,
    );
    tables[tableName] = rows.map(({ row }) => row);
  }
  return tables;
}

describe('the projector: batches of events into the read models', () => {
  let database: Started<string>;
  const open: DataSource[] = [];
  const readModels = async (name: string) => {
    const dataSource = await openReadModels(database.value, `project_${name}`);
    open.push(dataSource);
    return dataSource;
  };

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_projector_${randomBytes(4).toString('hex')}`);
  });
  afterAll(async () => {
    await Promise.all(open.map((dataSource) => dataSource.destroy()));
    await database?.stop();
  });

  it('writes nothing of a batch whose projection fails, and projects it once the failing event is left out', async () => {
    const dataSource = await readModels('failing');
    const good = [drafted('kept'), submitted('kept'), supported('kept', 'citizen-1', 1)];
    // a tier reached by a proposal never drafted: there is no row to change
    const failing = tierReached('never-drafted');

    await expect(projectAll(dataSource, [...good, failing])).rejects.toThrow(MissingRowError);
    const nothing = await rowsOf(dataSource);
    expect(Object.values(nothing).flat()).toEqual([]);

    await projectAll(dataSource, good);
    const [proposal] = await dataSource.query('SELECT status, supports FROM proposals');
    expect(proposal).toEqual({ status: 'collecting_support', supports: 1 });
    const streams = await dataSource.query('SELECT stream_id, version FROM projected_streams');
    expect(streams).toEqual([{ stream_id: 'proposal-kept', version: 3 }]);
  });

  it('changes nothing when events are delivered again, alone or in a batch with new ones', async () => {
    const dataSource = await readModels('redelivered');
    const first = [drafted('again'), submitted('again'), supported('again', 'citizen-1', 1)];
    await projectAll(dataSource, first);
    const once = await rowsOf(dataSource);

    await projectAll(dataSource, first);
    await projectAll(dataSource, [first[2]]);
    expect(await rowsOf(dataSource)).toEqual(once);

    const next = supported('again', 'citizen-2', 2);
    await projectAll(dataSource, [...first, next]);
    await projectAll(dataSource, [next]);
    const [proposal] = await dataSource.query('SELECT supports FROM proposals');
    expect(proposal).toEqual({ supports: 2 });
    const supporters = await dataSource.query('SELECT supporter_id FROM proposal_supporters ORDER BY 1');
    expect(supporters).toEqual([{ supporter_id: 'citizen-1' }, { supporter_id: 'citizen-2' }]);
  });

  it('makes the same rows whether events come one by one, in batches, or replayed into fresh tables', async () => {
    const events = [
      drafted('same'),
      submitted('same'),
      supported('same', 'citizen-1', 1),
      supported('same', 'citizen-2', 2),
      withdrawn('same', 'citizen-1', 1),
      supported('same', 'citizen-1', 2),
      tierReached('same'),
      reviewOpened('same'),
      interimAnswer('same'),
      drafted('other'),
      supported('other', 'citizen-3', 1),
      withdrawn('other', 'citizen-3', 0),
    ];
    const oneByOne = await readModels('one_by_one');
    for (const single of events) await projectAll(oneByOne, [single]);
    const live = await rowsOf(oneByOne);
    expect(live.proposal_supporters).toHaveLength(2);
    expect(live.proposal_timeline.length).toBeGreaterThan(0);

    const batched = await readModels('batched');
    await projectAll(batched, events.slice(0, 5));
    await projectAll(batched, events.slice(5));
    expect(await rowsOf(batched)).toEqual(live);

    for (const size of [1, 4, events.length]) {
      const replayed = await readModels(`replayed_${size}`);
      const replay = new ReadModelReplay(replayed);
      for (let start = 0; start < events.length; start += size)
        await replay.project(events.slice(start, start + size));
      expect({ size, rows: await rowsOf(replayed) }).toEqual({ size, rows: live });
    }
  });
});
