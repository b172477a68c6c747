import {
  Proposal,
  ProposalConditions,
  countOf,
  proposalsMeeting,
  searchableText,
} from '@hyeopchi/civic/read-model';
import { Started, freshDatabase, testDatabaseUrl } from '@hyeopchi/testing';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { openReadModels } from '../src/read-models/read-model-store';

const SCHEMA = 'read_models_search';

const proposal = (
  id: string,
  title: string,
  body: string,
  more: Partial<Proposal> = {},
): Partial<Proposal> => ({
  id,
  title,
  body,
  authorId: 'author',
  serves: ['strategy-5'],
  departments: ['parks'],
  district: 'Mapo-gu',
  status: 'collecting_support',
  draftedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, Number(id.replace(/\D/g, '')))),
  ...more,
});

/** `proposals`' conditions on the read models of a real PostgreSQL, with the indexes they are written for. */
describe('proposals meeting conditions', () => {
  let database: Started<string>;
  let readModels: DataSource;

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_search_${randomBytes(4).toString('hex')}`);
    readModels = await openReadModels(database.value, SCHEMA);
    await readModels.manager.insert(Proposal, [
      proposal(
        'p1',
        '마포구 주민 참여형 공원 그늘막 설치',
        '여름 더위 전에 세 공원에 그늘막을 설치해 주세요.',
      ),
      proposal('p2', 'Shade canopies in three parks', 'Before the SUMMER heat, shade over the playgrounds.'),
      proposal('p3', '한강 자전거길 Bike lanes', '자전거 전용 도로를 bus 차로와 분리합니다.', {
        district: 'Yongsan-gu',
        serves: ['strategy-2'],
        departments: ['climate', 'transport'],
        status: 'answered',
      }),
      proposal('p4', '100% 재생 에너지 schools_first', 'Rooftop solar on every school: a_b\\c discounts.', {
        district: 'Gangnam-gu',
      }),
      proposal('p5', '공원 관리', '원공원 사이'),
    ]);
    // a row another service's event made first: no proposal to show, whatever it holds
    await readModels.manager.insert(Proposal, { id: 'p6', status: 'answered', district: 'Mapo-gu' });
  });
  afterAll(async () => {
    await readModels?.destroy();
    await database?.stop();
  });

  const ids = async (conditions: ProposalConditions) =>
    (await proposalsMeeting(readModels.manager, conditions).orderBy('proposal.id').getMany()).map(
      ({ id }) => id,
    );

  it('finds Korean text inside words, where no space separates it', async () => {
    expect(await ids({ text: '그늘막' })).toEqual(['p1']);
    expect(await ids({ text: '참여형 공원' })).toEqual(['p1']);
    expect(await ids({ text: '전용도로' })).toEqual([]);
  });

  it('finds English text case-insensitively, in the title or the body', async () => {
    expect(await ids({ text: 'CANOPIES' })).toEqual(['p2']);
    expect(await ids({ text: 'summer heat' })).toEqual(['p2']);
    expect(await ids({ text: 'lanes' })).toEqual(['p3']);
  });

  it('finds mixed Korean and English, and nothing across the title and the body', async () => {
    expect(await ids({ text: '자전거길 bike' })).toEqual(['p3']);
    expect(await ids({ text: 'parks Before' })).toEqual([]);
  });

  it('answers only exact matches: every piece present in another order is no match', async () => {
    // p5 holds both pieces of 공원공, 공원 and 원공, but not 공원공
    expect(await ids({ text: '공원공' })).toEqual([]);
    expect(await ids({ text: '원공' })).toEqual(['p5']);
    expect(await ids({ text: '공원' })).toEqual(['p1', 'p5']);
  });

  it('finds a single character, Korean or English', async () => {
    expect(await ids({ text: '막' })).toEqual(['p1']);
    expect(await ids({ text: 'Z' })).toEqual([]);
    expect(await ids({ text: 'y' })).toEqual(['p2', 'p4']);
  });

  it('takes %, _ and \\ as themselves', async () => {
    expect(await ids({ text: '100%' })).toEqual(['p4']);
    expect(await ids({ text: '%' })).toEqual(['p4']);
    expect(await ids({ text: 's_f' })).toEqual(['p4']);
    expect(await ids({ text: '_' })).toEqual(['p4']);
    expect(await ids({ text: 'a_b\\c' })).toEqual(['p4']);
    expect(await ids({ text: 'a%c' })).toEqual([]);
  });

  it('combines every condition with the text', async () => {
    expect(await ids({ status: 'answered' })).toEqual(['p3']);
    expect(await ids({ serves: 'strategy-2' })).toEqual(['p3']);
    expect(await ids({ department: 'transport' })).toEqual(['p3']);
    expect(await ids({ department: 'parks', district: 'Mapo-gu' })).toEqual(['p1', 'p2', 'p5']);
    expect(await ids({ district: 'Mapo-gu', text: '공원' })).toEqual(['p1', 'p5']);
    expect(
      await ids({
        status: 'answered',
        serves: 'strategy-2',
        department: 'climate',
        district: 'Yongsan-gu',
        text: 'BUS',
      }),
    ).toEqual(['p3']);
    expect(await ids({ status: 'answered', text: '공원' })).toEqual([]);
  });

  it('counts the proposals shown, not the rows made before their draft', async () => {
    expect(await countOf(proposalsMeeting(readModels.manager, { district: 'Mapo-gu' }))).toBe(3);
    expect(await countOf(proposalsMeeting(readModels.manager, { text: '공원' }))).toBe(2);
    expect(await countOf(proposalsMeeting(readModels.manager, null))).toBe(5);
  });

  it('takes texts up to 200 characters, counted as characters', () => {
    expect(searchableText('공'.repeat(200))).toBe(true);
    expect(searchableText('공'.repeat(201))).toBe(false);
    expect(searchableText('😀'.repeat(200))).toBe(true);
  });

  it('has an index for the text and one for each filter, which the queries can use', async () => {
    const plan = async (conditions: ProposalConditions) => {
      const query = proposalsMeeting(readModels.manager, conditions)
        .orderBy('proposal.draftedAt', 'DESC')
        .addOrderBy('proposal.id', 'DESC')
        .limit(21);
      const [sql, parameters] = query.getQueryAndParameters();
      return readModels.transaction(async (manager) => {
        // five rows are a table any plan reads whole: without sequential scans the plan shows what serves it
        await manager.query('SET LOCAL enable_seqscan = off');
        const rows: { 'QUERY PLAN': string }[] = await manager.query(`EXPLAIN ${sql}`, parameters);
        return rows.map((row) => row['QUERY PLAN']).join('\n');
      });
    };
    expect(await plan({ text: '그늘막' })).toContain('proposals_text_grams');
    expect(await plan({ text: 'x' })).toContain('proposals_text_grams');
    expect(await plan({})).toContain('proposals_newest');
    expect(await plan({ status: 'answered' })).toContain('proposals_status_newest');
    expect(await plan({ district: 'Mapo-gu' })).toContain('proposals_district_newest');
    expect(await plan({ serves: 'strategy-2' })).toContain('proposals_serves');
    expect(await plan({ department: 'climate' })).toContain('proposals_departments');
  });

  it('keeps its indexes when the read models are opened again', async () => {
    const reopened = await openReadModels(database.value, SCHEMA);
    try {
      const indexes: { indexname: string }[] = await reopened.query(
        "SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND tablename = 'proposals' ORDER BY 1",
        [SCHEMA],
      );
      expect(indexes.map(({ indexname }) => indexname)).toEqual(
        expect.arrayContaining([
          'proposals_departments',
          'proposals_district_newest',
          'proposals_newest',
          'proposals_serves',
          'proposals_status_newest',
          'proposals_text_grams',
        ]),
      );
    } finally {
      await reopened.destroy();
    }
  });
});
