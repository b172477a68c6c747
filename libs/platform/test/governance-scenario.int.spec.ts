import { HyeopchiConfig, loadConfiguration } from '@hyeopchi/config';
import { CONTEXTS } from '@hyeopchi/context-names';
import { EventStore, PostgresEventStore, RecordedEvent } from '@hyeopchi/event-store';
import { perceptionGap, surveyDecider } from '@hyeopchi/feedback/domain';
import {
  stateOf,
  COMMAND_SENDER,
  CommandReply,
  CommandRequest,
  CommandSender,
  KafkaCommandSender,
} from '@hyeopchi/command-processing';
import { TestClock, startInProcessForTest, startServiceForTest } from '@hyeopchi/command-processing/testing';
import { ALL_AGGREGATES, allServices, registerDemoDepartments } from '@hyeopchi/platform';
import { implementationIdFor, reviewIdFor } from '@hyeopchi/department/contract';
import {
  Started,
  eventually,
  freshDatabase,
  testDatabaseUrl,
  testKafkaBrokers,
  testPool,
} from '@hyeopchi/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { Pool } from 'pg';

interface RunningPlatform {
  sender: CommandSender;
  stop(): Promise<void>;
}

/** Each service its own Nest application, talking only through Kafka: commands by request-reply, events relayed. */
async function fourServicesOverKafka(config: HyeopchiConfig, clock: TestClock): Promise<RunningPlatform> {
  const started = await Promise.allSettled(
    allServices(config).map((service) => startServiceForTest(service, config, clock)),
  );
  const apps = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const stopApps = () => Promise.all(apps.map((app) => app.close())).then(() => undefined);
  const failure = started.find((result) => result.status === 'rejected');
  if (failure) {
    await stopApps();
    throw failure.reason;
  }
  const sender = await KafkaCommandSender.connect(config, ALL_AGGREGATES, {
    name: `scenario-client-${config.KAFKA_TOPIC_NAMESPACE}`,
  });
  return {
    sender,
    stop: async () => {
      await sender.close();
      await stopApps();
    },
  };
}

/** The four services in one process on the in-process bus, as `npm start` runs them. */
async function oneProcessInProcessBus(config: HyeopchiConfig, clock: TestClock): Promise<RunningPlatform> {
  const app = await startInProcessForTest(allServices(config), config, clock);
  return { sender: app.get<CommandSender>(COMMAND_SENDER), stop: () => app.close() };
}

/**
 * The whole chain of one proposal across the four services, each on its own PostgreSQL schema, in both modes.
 */
describe.each([
  ['four services over Kafka', fourServicesOverKafka],
  ['one process on the in-process bus', oneProcessInProcessBus],
])('a proposal from submission to feedback: %s', (_mode, startPlatform) => {
  const run = randomBytes(4).toString('hex');
  const clock = new TestClock();
  let database: Started<string>;
  let platform: RunningPlatform | undefined;
  let sender: CommandSender;
  let pool: Pool;
  const stores = new Map<string, EventStore>();

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_scenario_${run}`);
    const config = loadConfiguration({
      DATABASE_URL: database.value,
      KAFKA_BROKERS: testKafkaBrokers().join(','),
      KAFKA_TOPIC_NAMESPACE: `scenario-${run}`,
      KAFKA_TOPIC_PARTITIONS: '3',
      RELAY_POLL_INTERVAL_MS: '10',
      DEADLINE_SCAN_INTERVAL_MS: '200',
      PORT: '0',
    });
    platform = await startPlatform(config, clock);
    sender = platform.sender;
    pool = testPool(database.value, 5);
    for (const context of CONTEXTS) stores.set(context, await PostgresEventStore.open(pool, context));
  });

  afterAll(async () => {
    await platform?.stop();
    await pool?.end();
    await database?.stop();
  });

  const send = (
    context: string,
    actor: string,
    type: string,
    data: object,
    extra: Partial<CommandRequest> = {},
  ) =>
    sender.send(context, {
      type,
      actor,
      data: data as Record<string, unknown>,
      commandId: randomUUID(),
      ...extra,
    });
  const ok = async (reply: Promise<CommandReply>) => {
    const settled = await reply;
    if (!settled.ok) throw new Error(`${settled.error.code}: ${settled.error.message}`);
    return settled;
  };
  const refusedWith = async (reply: Promise<CommandReply>) => {
    const settled = await reply;
    return settled.ok ? 'accepted' : settled.error.code;
  };
  const stream = (context: string, streamId: string) => stores.get(context)!.readStream(streamId);
  const typesOf = (events: readonly RecordedEvent[]) => events.map((event) => event.type);
  const waitFor = (context: string, streamId: string, type: string) =>
    eventually(async () => {
      const found = (await stream(context, streamId)).find((event) => event.type === type);
      if (!found) throw new Error(`no ${type} in ${context}/${streamId} yet`);
      return found;
    }, 30_000);

  it('runs the whole chain, with typed refusals, sharing one correlation id', async () => {
    const proposalId = `p-${run}`;
    const chain = `chain-${run}`;

    // civic: a policy, the departments, an organization, a proposal and 50 supports
    await registerDemoDepartments((request) => sender.send('civic', request));
    await ok(
      send('civic', 'admin', 'AdoptThresholdPolicy', {
        supportWindowDays: 30,
        tiers: [
          { tier: 'department_answer', measure: 'supports', threshold: 50 },
          { tier: 'public_forum', measure: 'supports', threshold: 100 },
          { tier: 'mayor_answer', measure: 'forum_participants', threshold: 1000 },
        ],
      }),
    );
    await ok(
      send('civic', 'kim', 'RegisterOrganization', {
        organizationId: 'mapo',
        name: '마포 시민 네트워크',
        district: 'Mapo-gu',
      }),
    );
    await ok(
      send(
        'civic',
        'kim',
        'DraftProposal',
        {
          proposalId,
          title: '공원 그늘막 설치',
          body: 'Shade canopies in three neighbourhood parks before the summer heat.',
          serves: ['strategy-5'],
          departments: ['parks', 'climate'],
          district: 'Mapo-gu',
          organizationId: 'mapo',
        },
        { correlationId: chain },
      ),
    );
    expect(
      await refusedWith(send('civic', 'kim', 'SubmitProposal', { proposalId, title: 'extra field' })),
    ).toBe('INVALID_COMMAND');
    await ok(send('civic', 'kim', 'SubmitProposal', { proposalId }));
    expect(await refusedWith(send('civic', 'kim', 'SupportProposal', { proposalId }))).toBe(
      'AUTHOR_CANNOT_SUPPORT',
    );
    const supporters = Array.from({ length: 50 }, (_, i) => `citizen-${i + 1}`);
    for (const supporter of supporters) await ok(send('civic', supporter, 'SupportProposal', { proposalId }));
    expect(await refusedWith(send('civic', 'citizen-1', 'SupportProposal', { proposalId }))).toBe(
      'ALREADY_SUPPORTED',
    );
    const tier = (await stream('civic', `proposal-${proposalId}`)).find(
      (e) => e.type === 'proposal.tier_reached.v1',
    )!;
    expect(tier.data).toMatchObject({ tier: 'department_answer', count: 50, policyVersion: 1 });

    // department: reviews opened in both departments by the tier, due one month later
    const parksReview = reviewIdFor(proposalId, 'parks');
    const climateReview = reviewIdFor(proposalId, 'climate');
    const parksOpened = await waitFor('department', `review-${parksReview}`, 'review.opened.v1');
    await waitFor('department', `review-${climateReview}`, 'review.opened.v1');
    expect(parksOpened.data).toMatchObject({
      department: 'parks',
      leadDepartment: 'parks',
      departments: ['parks', 'climate'],
    });
    const { openedAt, dueAt } = parksOpened.data as { openedAt: string; dueAt: string };
    const monthLater = new Date(openedAt);
    monthLater.setUTCMonth(monthLater.getUTCMonth() + 1);
    expect(dueAt).toBe(monthLater.toISOString());
    expect(parksOpened.metadata).toMatchObject({ causationId: tier.eventId, correlationId: chain });

    await ok(
      send('department', 'officer-lee', 'AssignOfficer', {
        reviewId: parksReview,
        department: 'parks',
        officerId: 'officer-lee',
      }),
    );
    await ok(
      send('department', 'officer-lee', 'GiveInterimAnswer', {
        reviewId: parksReview,
        department: 'parks',
        text: 'Site survey under way.',
      }),
    );
    expect(
      await refusedWith(
        send('department', 'officer-lee', 'AnswerReview', {
          reviewId: parksReview,
          department: 'climate',
          outcome: 'accepted',
          reasons: 'wrong desk',
          estimatedCost: null,
        }),
      ),
    ).toBe('NOT_ROUTED_TO_DEPARTMENT');
    await ok(
      send('department', 'officer-cho', 'AnswerReview', {
        reviewId: climateReview,
        department: 'climate',
        outcome: 'partially_accepted',
        reasons: 'Two of the three parks are in the heat-island plan.',
        estimatedCost: 45_000_000,
      }),
    );

    // the lead's review passes its due date unanswered: the deadline clock escalates it, once
    clock.advanceDays(32);
    await waitFor('department', `review-${parksReview}`, 'review.escalated.v1');
    await ok(
      send('department', 'officer-lee', 'AnswerReview', {
        reviewId: parksReview,
        department: 'parks',
        outcome: 'referred_to_committee',
        reasons: 'Needs a budget decision across districts.',
        estimatedCost: 120_000_000,
      }),
    );
    const parksHistory = await stream('department', `review-${parksReview}`);
    expect(typesOf(parksHistory).filter((type) => type === 'review.escalated.v1')).toHaveLength(1);
    expect(parksHistory.at(-1)!.data).toMatchObject({ outcome: 'referred_to_committee', late: true });
    await waitFor('civic', `proposal-${proposalId}`, 'proposal.answer_received.v1');

    // committee: the referral is on the docket; a session with quorum, a recusal, votes and a decision
    await waitFor('committee', `docket-${proposalId}`, 'docket.item_proposed.v1');
    const members = ['m-1', 'm-2', 'm-3', 'm-4', 'm-5'];
    for (const [i, memberId] of members.entries()) {
      await ok(
        send('committee', 'admin', 'AppointMember', {
          memberId,
          name: memberId,
          sector: i < 2 ? 'public' : 'private',
        }),
      );
    }
    await ok(send('committee', 'admin', 'DesignateCoChairs', { coChairs: ['m-1', 'm-3'] }));
    const sessionId = `s-${run}`;
    const item = { sessionId, itemId: 'item-1' };
    await ok(
      send('committee', 'm-1', 'ScheduleSession', { sessionId, scheduledFor: clock.now().toISOString() }),
    );
    await ok(
      send('committee', 'm-1', 'AddAgendaItem', { ...item, proposalId, source: 'department_referral' }),
    );
    expect(
      await refusedWith(
        send('committee', 'm-1', 'AddAgendaItem', {
          sessionId,
          itemId: 'item-2',
          proposalId,
          source: 'forum_tier',
        }),
      ),
    ).toBe('NOT_ON_DOCKET');
    await ok(send('committee', 'm-1', 'RecordAttendance', { sessionId, memberId: 'm-1', present: true }));
    await ok(send('committee', 'm-1', 'RecordAttendance', { sessionId, memberId: 'm-2', present: true }));
    expect(
      await refusedWith(
        send('committee', 'm-1', 'RecordDecision', {
          ...item,
          decisionId: 'd-early',
          outcome: 'adopt',
          motionId: null,
          rationale: 'too early',
          amendments: null,
          supersedes: null,
        }),
      ),
    ).toBe('QUORUM_NOT_MET');
    for (const memberId of ['m-3', 'm-4']) {
      await ok(send('committee', 'm-1', 'RecordAttendance', { sessionId, memberId, present: true }));
    }
    await ok(
      send('committee', 'm-4', 'DeclareConflict', {
        ...item,
        memberId: 'm-4',
        reason: 'Board member of the applicant.',
      }),
    );
    await ok(
      send('committee', 'm-1', 'ProposeMotion', {
        ...item,
        motionId: 'motion-1',
        text: 'Adopt, phased over two years.',
      }),
    );
    for (const [memberId, vote] of [
      ['m-1', 'for'],
      ['m-2', 'for'],
      ['m-3', 'against'],
    ]) {
      await ok(send('committee', memberId, 'CastVote', { ...item, motionId: 'motion-1', vote }));
    }
    expect(
      await refusedWith(send('committee', 'm-4', 'CastVote', { ...item, motionId: 'motion-1', vote: 'for' })),
    ).toBe('MEMBER_RECUSED');
    expect(
      await refusedWith(send('committee', 'm-2', 'CastVote', { ...item, motionId: 'motion-1', vote: 'for' })),
    ).toBe('ALREADY_VOTED');
    const decisionId = `d-${run}`;
    await ok(
      send('committee', 'm-1', 'RecordDecision', {
        ...item,
        decisionId,
        outcome: 'adopt',
        motionId: 'motion-1',
        rationale: 'Heat relief is urgent; phased to fit the budget.',
        amendments: null,
        supersedes: null,
      }),
    );
    const decision = (await stream('committee', `session-${sessionId}`)).find(
      (e) => e.type === 'session.decision_recorded.v1',
    )!;
    expect(decision.data).toMatchObject({
      tally: { for: 2, against: 1, abstain: 0 },
      present: 4,
      quorum: 3,
      recused: ['m-4'],
    });
    expect(
      await refusedWith(
        send('committee', 'm-1', 'CastVote', { ...item, motionId: 'motion-1', vote: 'abstain' }),
      ),
    ).toBe('DECISION_SEALED');

    // department: the adopted decision asks the lead department for a plan, which it carries out
    const implementationId = implementationIdFor(decisionId);
    const requested = await waitFor(
      'department',
      `implementation-${implementationId}`,
      'implementation.requested.v1',
    );
    expect(requested.data).toMatchObject({ proposalId, department: 'parks', decisionId });
    await ok(
      send('department', 'officer-lee', 'PlanImplementation', {
        implementationId,
        milestones: [{ milestoneId: 'canopies', title: 'Canopies installed', dueAt: '2027-06-01T00:00:00Z' }],
      }),
    );
    await ok(
      send('department', 'officer-lee', 'ReportProgress', {
        implementationId,
        percent: 60,
        note: 'Two parks done.',
      }),
    );
    expect(
      await refusedWith(
        send('department', 'officer-lee', 'ReportProgress', { implementationId, percent: 40, note: 'oops' }),
      ),
    ).toBe('PROGRESS_BACKWARDS');
    await ok(
      send('department', 'officer-lee', 'CompleteMilestone', { implementationId, milestoneId: 'canopies' }),
    );
    await ok(send('department', 'officer-lee', 'CompleteImplementation', { implementationId }));

    // feedback: opened to the author and the supporters on both answers, the decision and the implementation
    const feedbackStreams = [
      `feedback-answer-${climateReview}`,
      `feedback-answer-${parksReview}`,
      `feedback-decision-${decisionId}`,
      `feedback-implementation-${implementationId}`,
    ];
    for (const streamId of feedbackStreams) {
      const opened = await waitFor('feedback', streamId, 'feedback.opened.v1');
      expect((opened.data as { invited: string[] }).invited.sort()).toEqual(['kim', ...supporters].sort());
    }
    const target = { target: 'decision', targetId: decisionId };
    await ok(send('feedback', 'citizen-7', 'GiveFeedback', { ...target, rating: 4, comment: 'Finally.' }));
    await ok(
      send('feedback', 'citizen-7', 'GiveFeedback', { ...target, rating: 5, comment: 'Built already.' }),
    );
    expect(
      await refusedWith(send('feedback', 'stranger', 'GiveFeedback', { ...target, rating: 1, comment: '' })),
    ).toBe('NOT_INVITED');
    expect(typesOf(await stream('feedback', `feedback-decision-${decisionId}`))).toEqual([
      'feedback.opened.v1',
      'feedback.given.v1',
      'feedback.revised.v1',
    ]);

    // a perception survey and its public-private gap
    const surveyId = `trust-${run}`;
    await ok(
      send('feedback', 'admin', 'OpenSurvey', {
        surveyId,
        topic: 'trust',
        question: 'Do the partners trust each other?',
      }),
    );
    for (const [person, sector, score] of [
      ['officer-lee', 'public', 4],
      ['officer-cho', 'public', 5],
      ['kim', 'private', 2],
      ['citizen-1', 'private', 3],
    ] as const) {
      await ok(send('feedback', person, 'AnswerSurvey', { surveyId, sector, score }));
    }
    const survey = stateOf(surveyDecider, await stream('feedback', `survey-${surveyId}`));
    expect(perceptionGap(survey)).toMatchObject({ gap: -2, publicCount: 2, privateCount: 2 });

    // one correlation id from the draft to the last feedback, in every service
    const chainEvents = [
      ...(await stream('civic', `proposal-${proposalId}`)),
      ...(await stream('department', `review-${parksReview}`)),
      ...(await stream('department', `review-${climateReview}`)),
      ...(await stream('committee', `docket-${proposalId}`)),
      ...(await stream('committee', `session-${sessionId}`)).filter(
        (e) => (e.data as { itemId?: string }).itemId === 'item-1',
      ),
      ...(await stream('department', `implementation-${implementationId}`)),
      ...(await Promise.all(feedbackStreams.map((streamId) => stream('feedback', streamId)))).flat(),
    ];
    expect(new Set(chainEvents.map((event) => event.metadata.correlationId))).toEqual(new Set([chain]));
    expect(new Set(typesOf(chainEvents))).toEqual(
      new Set([
        'proposal.drafted.v1',
        'proposal.submitted.v1',
        'proposal.supported.v1',
        'proposal.tier_reached.v1',
        'proposal.answer_received.v1',
        'review.opened.v1',
        'review.officer_assigned.v1',
        'review.interim_answer_given.v1',
        'review.answered.v1',
        'review.escalated.v1',
        'docket.item_proposed.v1',
        'session.agenda_item_added.v1',
        'session.conflict_declared.v1',
        'session.motion_proposed.v1',
        'session.vote_cast.v1',
        'session.decision_recorded.v1',
        'implementation.requested.v1',
        'implementation.planned.v1',
        'implementation.progress_reported.v1',
        'implementation.milestone_completed.v1',
        'implementation.completed.v1',
        'feedback.opened.v1',
        'feedback.given.v1',
        'feedback.revised.v1',
      ]),
    );
  });
});
