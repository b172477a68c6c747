import { HyeopchiConfig, loadConfiguration } from '@hyeopchi/config';
import { GatewayModule } from '@hyeopchi/gateway';
import { Identity, Role } from '@hyeopchi/identity';
import {
  TestClock,
  createApplicationForTest,
  startInProcessForTest,
  startServiceForTest,
} from '@hyeopchi/command-processing/testing';
import { DEMO_DEPARTMENTS, allServices } from '@hyeopchi/platform';
import { implementationIdFor, reviewIdFor } from '@hyeopchi/department/contract';
import {
  Started,
  eventually,
  freshDatabase,
  testDatabaseUrl,
  testKafkaBrokers,
  person,
  testToken,
} from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import { createClient } from 'graphql-ws';
import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';
import WebSocket from 'ws';

interface RunningPlatform {
  apps: INestApplication[];
  /** The application that serves GraphQL. */
  gateway: INestApplication;
}

/** Each service its own Nest application and the gateway its own, talking only through Kafka. */
async function distributed(config: HyeopchiConfig, clock: TestClock): Promise<RunningPlatform> {
  const apps: INestApplication[] = [];
  try {
    for (const service of allServices(config)) apps.push(await startServiceForTest(service, config, clock));
    const gateway = await createApplicationForTest(GatewayModule.overKafka(config), config, clock);
    apps.push(gateway);
    return { apps, gateway };
  } catch (error) {
    await Promise.all(apps.map((app) => app.close()));
    throw error;
  }
}

/** All four services and the gateway in one process on the in-process bus, as `npm start` runs them. */
async function standalone(config: HyeopchiConfig, clock: TestClock): Promise<RunningPlatform> {
  const app = await startInProcessForTest(allServices(config), config, clock, [GatewayModule.inProcess()]);
  return { apps: [app], gateway: app };
}

const secret = 'a-scenario-secret-of-at-least-32-characters';
const DEPARTMENT_ROLES: Role[] = ['department_officer'];
const admin = person('admin', ['admin']);
const kim = person('kim', ['cso_admin']);
const lee = person('officer-lee', DEPARTMENT_ROLES, { departments: ['parks'] });
const cho = person('officer-cho', DEPARTMENT_ROLES, { departments: ['climate'] });
const chair = person('m-1', ['committee_chair'], { onCommittee: true });
const member = (id: string) => person(id, ['committee_member'], { onCommittee: true });
const auditor = person('auditor-1', ['auditor']);
const secretariat = person('secretariat-1', ['secretariat']);
const supporters = ['citizen-1', 'citizen-2', 'citizen-3'].map((id) => person(id, ['citizen']));

interface Refusal {
  __typename: 'CommandRefused';
  code: string;
  message: string;
}

/**
 * The governance scenario of the services' own test, driven only through GraphQL over HTTP by tokens of the right
 * roles, in both modes; a graphql-ws subscription hears the decision.
 */
describe.each([
  ['distributed: four services and the gateway over Kafka', distributed],
  ['standalone: one process on the in-process bus', standalone],
])('a proposal through GraphQL, %s', (_mode, startPlatform) => {
  const run = randomBytes(4).toString('hex');
  const clock = new TestClock();
  let database: Started<string>;
  let platform: RunningPlatform | undefined;
  let url: string;

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_graphql_${run}`);
    const config = loadConfiguration({
      DATABASE_URL: database.value,
      KAFKA_BROKERS: testKafkaBrokers().join(','),
      KAFKA_TOPIC_NAMESPACE: `graphql-${run}`,
      KAFKA_TOPIC_PARTITIONS: '3',
      RELAY_POLL_INTERVAL_MS: '10',
      JWT_SECRET: secret,
      // the test polls the read models anonymously, faster than a person would
      RATE_LIMIT_PER_MINUTE: '60000',
      PORT: '0',
    });
    platform = await startPlatform(config, clock);
    await platform.gateway.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(platform.gateway.getHttpServer().address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await Promise.all((platform?.apps ?? []).map((app) => app.close()));
    await database?.stop();
  });

  const graphql = async <T = Record<string, unknown>>(
    identity: Identity | null,
    query: string,
    variables = {},
  ) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(identity
          ? {
              authorization: `Bearer ${testToken(identity, secret)}`,
            }
          : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors ?? body));
    return body.data;
  };
  /** Sends a mutation; its result, accepted or refused. */
  const command = async (identity: Identity, mutation: string, input: object) => {
    const type = mutation.charAt(0).toUpperCase() + mutation.slice(1);
    const data = await graphql<Record<string, { __typename: string; code?: string; message?: string }>>(
      identity,
      `mutation ($input: ${type}Input!) { ${mutation}(input: $input) {
        __typename ... on CommandAccepted { visible } ... on CommandRefused { code message } } }`,
      { input },
    );
    return data[mutation];
  };
  const ok = async (identity: Identity, mutation: string, input: object) => {
    const result = await command(identity, mutation, input);
    if (result.__typename !== 'CommandAccepted') throw new Error(`${mutation}: ${JSON.stringify(result)}`);
    expect(result).toEqual({ __typename: 'CommandAccepted', visible: true });
  };
  const refusedWith = async (identity: Identity, mutation: string, input: object) =>
    ((await command(identity, mutation, input)) as Refusal).code;
  const proposal = (id: string, fields: string) =>
    graphql<{ proposal: Record<string, unknown> }>(null, `{ proposal(id: "${id}") { ${fields} } }`).then(
      (data) => data.proposal,
    );

  it('carries a proposal from its draft to feedback and a perception gap', async () => {
    const proposalId = `p-${run}`;
    await ok(admin, 'adoptThresholdPolicy', {
      supportWindowDays: 30,
      tiers: [{ tier: 'department_answer', measure: 'supports', threshold: 3 }],
    });
    for (const department of DEMO_DEPARTMENTS) await ok(secretariat, 'registerDepartment', department);
    await ok(kim, 'registerOrganization', {
      organizationId: 'mapo',
      name: 'Mapo network',
      district: 'Mapo-gu',
    });
    expect(
      await refusedWith(person('lee-cso', ['cso_member']), 'draftProposal', {
        proposalId,
        title: 'Shade canopies',
        body: 'Shade in three parks.',
        serves: ['strategy-5'],
        departments: ['parks', 'climate'],
        district: 'Mapo-gu',
        organizationId: 'mapo',
      }),
    ).toBe('FORBIDDEN');
    await ok(kim, 'draftProposal', {
      proposalId,
      title: 'Shade canopies',
      body: 'Shade in three parks before the summer heat.',
      serves: ['strategy-5'],
      departments: ['parks', 'climate'],
      district: 'Mapo-gu',
      organizationId: 'mapo',
    });
    await ok(kim, 'submitProposal', { proposalId });
    expect(await refusedWith(kim, 'supportProposal', { proposalId })).toBe('AUTHOR_CANNOT_SUPPORT');
    for (const supporter of supporters) await ok(supporter, 'supportProposal', { proposalId });

    // the tier opens a review in each department asked; the read model shows both, due a month later
    const parksReview = reviewIdFor(proposalId, 'parks');
    const climateReview = reviewIdFor(proposalId, 'climate');
    const opened = await eventually(async () => {
      const read = await proposal(
        proposalId,
        'status supports reviews { id department lead status dueAt openedAt }',
      );
      expect(read.reviews).toHaveLength(2);
      return read;
    }, 20_000);
    expect(opened).toMatchObject({
      status: 'under_review',
      supports: 3,
      reviews: [
        { id: parksReview, department: 'parks', lead: true, status: 'open' },
        { id: climateReview, department: 'climate', lead: false, status: 'open' },
      ],
    });

    expect(
      await refusedWith(supporters[0], 'answerReview', {
        reviewId: parksReview,
        department: 'parks',
        outcome: 'accepted',
        reasons: 'me',
        estimatedCost: null,
      }),
    ).toBe('FORBIDDEN');
    expect(
      await refusedWith(cho, 'answerReview', {
        reviewId: parksReview,
        department: 'parks',
        outcome: 'accepted',
        reasons: 'not my desk',
        estimatedCost: null,
      }),
    ).toBe('FORBIDDEN');
    await ok(lee, 'giveInterimAnswer', {
      reviewId: parksReview,
      department: 'parks',
      text: 'Site survey under way.',
    });
    await ok(cho, 'answerReview', {
      reviewId: climateReview,
      department: 'climate',
      outcome: 'partially_accepted',
      reasons: 'Two of the three parks are in the heat-island plan.',
      estimatedCost: 45_000_000,
    });
    await ok(lee, 'answerReview', {
      reviewId: parksReview,
      department: 'parks',
      outcome: 'referred_to_committee',
      reasons: 'Needs a budget decision across districts.',
      estimatedCost: 120_000_000,
    });

    // the committee: roster, a session with quorum, a recusal, votes, and a decision a subscriber hears
    for (const [i, memberId] of ['m-1', 'm-2', 'm-3', 'm-4'].entries()) {
      await ok(admin, 'appointMember', { memberId, name: memberId, sector: i < 2 ? 'public' : 'private' });
    }
    await ok(admin, 'designateCoChairs', { coChairs: ['m-1', 'm-3'] });
    const sessionId = `s-${run}`;
    const item = { sessionId, itemId: 'item-1' };
    await ok(chair, 'scheduleSession', { sessionId, scheduledFor: clock.now().toISOString() });
    await eventually(
      async () => ok(chair, 'addAgendaItem', { ...item, proposalId, source: 'department_referral' }),
      20_000,
    );
    for (const memberId of ['m-1', 'm-2', 'm-3', 'm-4']) {
      await ok(chair, 'recordAttendance', { sessionId, memberId, present: true });
    }
    await ok(member('m-4'), 'declareConflict', {
      ...item,
      memberId: 'm-4',
      reason: 'Board member of the applicant.',
    });
    await ok(chair, 'proposeMotion', {
      ...item,
      motionId: 'motion-1',
      text: 'Adopt, phased over two years.',
    });
    expect(await refusedWith(supporters[0], 'castVote', { ...item, motionId: 'motion-1', vote: 'for' })).toBe(
      'FORBIDDEN',
    );
    for (const [memberId, vote] of [
      ['m-1', 'for'],
      ['m-2', 'for'],
      ['m-3', 'against'],
    ]) {
      await ok(member(memberId), 'castVote', { ...item, motionId: 'motion-1', vote });
    }
    expect(await refusedWith(member('m-4'), 'castVote', { ...item, motionId: 'motion-1', vote: 'for' })).toBe(
      'MEMBER_RECUSED',
    );

    const subscriber = createClient({
      url: url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      lazy: false,
    });
    const decisions = subscriber.iterate<{ decisionRecorded: { proposalId: string; decision: object } }>({
      query: `subscription { decisionRecorded { proposalId decision { outcome tally { for against abstain } recused } } }`,
    });
    const heard = decisions.next();
    await new Promise((resolve) => setTimeout(resolve, 300)); // the subscription is in place
    const decisionId = `d-${run}`;
    const decision = {
      ...item,
      decisionId,
      outcome: 'adopt',
      motionId: 'motion-1',
      rationale: 'Heat relief is urgent; phased to fit the budget.',
      amendments: null,
      supersedes: null,
    };
    expect(await refusedWith(member('m-2'), 'recordDecision', decision)).toBe('FORBIDDEN');
    await ok(chair, 'recordDecision', decision);
    try {
      expect((await heard).value).toEqual({
        data: {
          decisionRecorded: {
            proposalId,
            decision: { outcome: 'adopt', tally: { for: 2, against: 1, abstain: 0 }, recused: ['m-4'] },
          },
        },
      });
    } finally {
      await decisions.return?.();
      await subscriber.dispose();
    }

    // the lead department plans and carries out the implementation the decision asked for
    const implementationId = implementationIdFor(decisionId);
    await eventually(async () => {
      expect(await proposal(proposalId, 'implementation { id department status }')).toEqual({
        implementation: { id: implementationId, department: 'parks', status: 'requested' },
      });
    }, 20_000);
    expect(
      await refusedWith(cho, 'planImplementation', {
        implementationId,
        milestones: [{ milestoneId: 'canopies', title: 'Canopies installed', dueAt: '2027-06-01T00:00:00Z' }],
      }),
    ).toBe('FORBIDDEN');
    await ok(lee, 'planImplementation', {
      implementationId,
      milestones: [{ milestoneId: 'canopies', title: 'Canopies installed', dueAt: '2027-06-01T00:00:00Z' }],
    });
    await ok(lee, 'reportProgress', { implementationId, percent: 60, note: 'Two parks done.' });
    expect(await refusedWith(lee, 'reportProgress', { implementationId, percent: 40, note: 'oops' })).toBe(
      'PROGRESS_BACKWARDS',
    );
    await ok(lee, 'completeMilestone', { implementationId, milestoneId: 'canopies' });
    await ok(lee, 'completeImplementation', { implementationId });

    // feedback from a supporter, once invited; a perception survey and its gap
    const target = { target: 'decision', targetId: decisionId };
    await eventually(
      async () => ok(supporters[0], 'giveFeedback', { ...target, rating: 4, comment: 'Finally.' }),
      20_000,
    );
    // a second rating, and a revision that replaces the first: two given, mean (2 + 5) / 2
    await ok(supporters[1], 'giveFeedback', { ...target, rating: 5, comment: 'Good.' });
    await ok(supporters[0], 'giveFeedback', { ...target, rating: 2, comment: 'Slower than promised.' });
    expect(
      await refusedWith(person('stranger', ['citizen']), 'giveFeedback', {
        ...target,
        rating: 1,
        comment: 'x',
      }),
    ).toBe('NOT_INVITED');
    const surveyId = `trust-${run}`;
    await ok(admin, 'openSurvey', {
      surveyId,
      topic: 'trust',
      question: 'Do the partners trust each other?',
    });
    for (const [who, sector, score] of [
      [lee, 'public', 4],
      [cho, 'public', 5],
      [kim, 'private', 2],
      [supporters[0], 'private', 3],
    ] as const) {
      await ok(who, 'answerSurvey', { surveyId, sector, score });
    }

    // what everyone reads: the whole journey of the proposal, and the figures around it
    await eventually(async () => {
      expect(
        await proposal(
          proposalId,
          `status answers { department outcome }
           reviews { department outcome interimAnswers { text giver { role } } }
           agendaItems { sessionId decision { decisionId outcome }
             motions { proposer { displayName } votes { memberId vote member { displayName } } } recusals { memberId } }
           implementation { status percent milestones { milestoneId completedAt } }
           feedback { target given meanRating }`,
        ),
      ).toMatchObject({
        status: 'implemented',
        answers: expect.arrayContaining([
          { department: 'climate', outcome: 'partially_accepted' },
          { department: 'parks', outcome: 'referred_to_committee' },
        ]),
        reviews: [
          {
            department: 'parks',
            outcome: 'referred_to_committee',
            // people by who they are, never by an account id: an officer who chose no name is an official
            interimAnswers: [{ text: 'Site survey under way.', giver: { role: 'official' } }],
          },
          { department: 'climate', outcome: 'partially_accepted', interimAnswers: [] },
        ],
        agendaItems: [
          {
            sessionId,
            decision: { decisionId, outcome: 'adopt' },
            motions: [
              {
                proposer: { displayName: 'm-1' },
                votes: [
                  { memberId: 'm-1', vote: 'for', member: { displayName: 'm-1' } },
                  { memberId: 'm-2', vote: 'for', member: { displayName: 'm-2' } },
                  { memberId: 'm-3', vote: 'against', member: { displayName: 'm-3' } },
                ],
              },
            ],
            recusals: [{ memberId: 'm-4' }],
          },
        ],
        implementation: {
          status: 'completed',
          percent: 60,
          milestones: [{ milestoneId: 'canopies', completedAt: expect.any(String) }],
        },
        feedback: expect.arrayContaining([{ target: 'decision', given: 2, meanRating: 3.5 }]),
      });
    }, 20_000);
    const figures = await graphql<Record<string, unknown>>(
      null,
      `
        {
          departmentReviews {
            department
            departmentInDirectory {
              nameKo
            }
            open
            answered
          }
          committeeSessions {
            id
            quorum
            attendance {
              memberId
              present
              member {
                displayName
              }
            }
            agenda {
              itemId
            }
          }
          perceptionGaps {
            surveyId
            gap
            publicCount
            privateCount
          }
        }
      `,
    );
    expect(figures).toEqual({
      departmentReviews: [
        { department: 'climate', departmentInDirectory: { nameKo: '기후환경본부' }, open: 0, answered: 1 },
        { department: 'parks', departmentInDirectory: { nameKo: '푸른도시여가국' }, open: 0, answered: 1 },
      ],
      committeeSessions: [
        {
          id: sessionId,
          quorum: 3,
          attendance: ['m-1', 'm-2', 'm-3', 'm-4'].map((memberId) => ({
            memberId,
            present: true,
            member: { displayName: memberId },
          })),
          agenda: [{ itemId: 'item-1' }],
        },
      ],
      perceptionGaps: [{ surveyId, gap: -2, publicCount: 2, privateCount: 2 }],
    });
    const audited = await graphql<{ proposal: { supporters: { supporterId: string }[] } }>(
      auditor,
      `{ proposal(id: "${proposalId}") { supporters { supporterId } } }`,
    );
    expect(audited.proposal.supporters.map((supporter) => supporter.supporterId)).toEqual(
      supporters.map((supporter) => supporter.subject),
    );
  });
});
