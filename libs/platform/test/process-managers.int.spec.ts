import { syntheticEvent } from '@hyeopchi/messaging/testing';
import { DATABASE, Database } from '@hyeopchi/event-infrastructure';
import { HyeopchiConfig, loadConfiguration } from '@hyeopchi/config';
import { PostgresEventStore, RecordedEvent } from '@hyeopchi/event-store';
import { EventEnvelope } from '@hyeopchi/messaging';
import { withTransaction } from '@hyeopchi/postgres';
import {
  CommandDispatcher,
  PROCESS_MANAGERS,
  ProcessManager,
  ProcessManagerRunner,
} from '@hyeopchi/command-processing';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { allServices, registerDemoDepartments } from '@hyeopchi/platform';
import { implementationIdFor, reviewIdFor } from '@hyeopchi/department/contract';
import { Started, freshDatabase, testDatabaseUrl } from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';

/**
 * Every process manager, fed the same event twice as if the inbox had lost its record of the first delivery (a
 * crash between the effect and the commit), acts once: its commands carry ids derived from the event.
 */
describe('process managers: a redelivered event acts once', () => {
  const run = randomBytes(4).toString('hex');
  let database: Started<string>;
  let app: INestApplication;
  let deliverTwice: (managerName: string, event: EventEnvelope) => Promise<void>;
  let streamTypes: (context: string, streamId: string) => Promise<string[]>;
  let feedbackStream: (streamId: string) => Promise<RecordedEvent[]>;
  let runner: ProcessManagerRunner;
  let managers: ProcessManager[];
  let pool: Database['pool'];
  const proposalId = `p-${run}`;

  const event = (context: string, type: string, data: object) =>
    syntheticEvent(context, type, data, { correlationId: `chain-${run}` });
  const answered = (department: string, outcome: string, id = proposalId) =>
    event('department', 'review.answered.v1', {
      reviewId: reviewIdFor(id, department),
      proposalId: id,
      department,
      outcome,
      reasons: 'because',
      estimatedCost: null,
      answeredBy: 'officer',
      answeredAt: new Date().toISOString(),
      late: false,
    });

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_pm_${run}`);
    const config: HyeopchiConfig = loadConfiguration({ DATABASE_URL: database.value });
    app = await startInProcessForTest(allServices(config), config, new TestClock());
    runner = app.get(ProcessManagerRunner);
    managers = app.get<ProcessManager[]>(PROCESS_MANAGERS);
    pool = app.get<Database>(DATABASE).pool;
    deliverTwice = async (managerName, delivered) => {
      const handle = runner.handlerFor(managers.find((manager) => manager.name === managerName)!);
      for (let delivery = 1; delivery <= 2; delivery++) {
        await withTransaction(pool, (tx) => handle(delivered, tx));
      }
    };
    streamTypes = async (context, streamId) =>
      (await (await PostgresEventStore.open(pool, context)).readStream(streamId)).map((e) => e.type);
    feedbackStream = async (streamId) =>
      (await PostgresEventStore.open(pool, 'feedback')).readStream(streamId);

    // a submitted proposal for the answers to reach
    const dispatcher = app.get(CommandDispatcher);
    const send = async (type: string, data: object) => {
      const reply = await dispatcher.dispatch({ type, actor: 'kim', data });
      if (!reply.ok) throw new Error(reply.error.message);
    };
    await send('AdoptThresholdPolicy', {
      supportWindowDays: 30,
      tiers: [{ tier: 'department_answer', measure: 'supports', threshold: 50 }],
    });
    await registerDemoDepartments((request) => dispatcher.dispatch(request));
    const content = { title: 'Shade', body: 'Canopies.', serves: ['strategy-5'], district: 'Mapo-gu' };
    await send('DraftProposal', {
      proposalId,
      ...content,
      departments: ['parks', 'climate'],
      organizationId: null,
    });
    await send('SubmitProposal', { proposalId });
  });

  afterAll(async () => {
    await app?.close();
    await database?.stop();
  });

  const tierReached = (tier: string, id = proposalId, departments = ['parks', 'climate']) =>
    event('civic', 'proposal.tier_reached.v1', {
      proposalId: id,
      tier,
      measure: 'supports',
      threshold: 50,
      count: 50,
      policyVersion: 1,
      departments,
      reachedAt: new Date().toISOString(),
    });
  /** A decision of the city's committee that keeps the proposal there (`toSpaceId` null), as the bus carries it. */
  const decided = (decisionId: string, outcome: string, more: object = {}) =>
    event('committee', 'session.decision_recorded.v1', {
      proposalId,
      decisionId,
      outcome,
      spaceId: 'seoul',
      toSpaceId: null,
      ...more,
    });
  const adopted = (decisionId: string, id = proposalId) => decided(decisionId, 'adopt', { proposalId: id });

  it('opens each review once for a department tier delivered twice', async () => {
    await deliverTwice('department.proposal-routing', tierReached('department_answer'));
    for (const department of ['parks', 'climate']) {
      expect(await streamTypes('department', `review-${reviewIdFor(proposalId, department)}`)).toEqual([
        'review.opened.v1',
      ]);
    }
  });

  it('records a department answer on the proposal once', async () => {
    await deliverTwice('civic.answers-to-proposals', answered('climate', 'accepted'));
    const types = await streamTypes('civic', `proposal-${proposalId}`);
    expect(types.filter((type) => type === 'proposal.answer_received.v1')).toHaveLength(1);
  });

  it('puts a referral on the docket once', async () => {
    await deliverTwice('committee.agenda-from-referrals', answered('parks', 'referred_to_committee'));
    expect(await streamTypes('committee', `docket-${proposalId}`)).toEqual(['docket.item_proposed.v1']);
  });

  it('requests an implementation once for an adopted decision', async () => {
    const decisionId = `d-${run}`;
    await deliverTwice('department.proposal-routing', adopted(decisionId));
    expect(await streamTypes('department', `implementation-${implementationIdFor(decisionId)}`)).toEqual([
      'implementation.requested.v1',
    ]);
  });

  it("keeps a decision that overtook its proposal's tier until the tier comes, then requests once", async () => {
    const decisionId = `d-early-${run}`;
    const implementation = `implementation-${implementationIdFor(decisionId)}`;
    await deliverTwice('department.proposal-routing', adopted(decisionId, `q-${run}`));
    expect(await streamTypes('department', implementation)).toEqual([]);

    await deliverTwice('department.proposal-routing', tierReached('public_forum', `q-${run}`, ['housing']));
    expect(await streamTypes('department', implementation)).toEqual(['implementation.requested.v1']);
  });

  it("opens feedback once on an answer, also one that overtook its proposal's tier", async () => {
    const feedbackOn = (department: string) =>
      streamTypes('feedback', `feedback-answer-${reviewIdFor(proposalId, department)}`);
    await deliverTwice(
      'feedback.invitations',
      event('civic', 'proposal.drafted.v1', { proposalId, authorId: 'kim' }),
    );
    await deliverTwice('feedback.invitations', answered('climate', 'accepted'));
    expect(await feedbackOn('climate')).toEqual([]);

    await deliverTwice('feedback.invitations', tierReached('department_answer'));
    expect(await feedbackOn('climate')).toEqual(['feedback.opened.v1']);
    await deliverTwice('feedback.invitations', answered('parks', 'rejected'));
    expect(await feedbackOn('parks')).toEqual(['feedback.opened.v1']);
  });

  it("invites a popular proposal's supporters in batches the contract takes, each once", async () => {
    const popular = `popular-${run}`;
    const supporters = Array.from({ length: 2_500 }, (_, n) => `citizen-${String(n).padStart(4, '0')}`);
    const feedbackHandler = runner.handlerFor(
      managers.find((manager) => manager.name === 'feedback.invitations')!,
    );
    await withTransaction(pool, async (tx) => {
      await feedbackHandler(
        event('civic', 'proposal.drafted.v1', { proposalId: popular, authorId: 'kim' }),
        tx,
      );
      for (const supporterId of supporters)
        await feedbackHandler(
          event('civic', 'proposal.supported.v1', { proposalId: popular, supporterId }),
          tx,
        );
    });
    await deliverTwice('feedback.invitations', tierReached('department_answer', popular));
    await deliverTwice('feedback.invitations', answered('parks', 'accepted', popular));

    const stream = await feedbackStream(`feedback-answer-${reviewIdFor(popular, 'parks')}`);
    expect(stream.map((recorded) => recorded.type)).toEqual([
      'feedback.opened.v1',
      'feedback.invited.v1',
      'feedback.invited.v1',
    ]);
    const batches = stream.map((recorded) => (recorded.data as { invited: string[] }).invited);
    expect(batches.map((batch) => batch.length)).toEqual([1_000, 1_000, 501]);
    expect(batches.flat().sort()).toEqual(['kim', ...supporters].sort());
  });

  it('keeps feedback on a forum-tier decision until that tier comes, with the supports that reached it', async () => {
    const decisionId = `d-forum-${run}`;
    const decision = decided(decisionId, 'adopt', { source: 'forum_tier' });
    const feedbackOnDecision = () => streamTypes('feedback', `feedback-decision-${decisionId}`);
    await deliverTwice('feedback.invitations', decision);
    expect(await feedbackOnDecision()).toEqual([]);

    const supported = event('civic', 'proposal.supported.v1', { proposalId, supporterId: 'late-supporter' });
    await deliverTwice('feedback.invitations', supported);
    await deliverTwice('feedback.invitations', tierReached('public_forum'));
    expect(await feedbackOnDecision()).toEqual(['feedback.opened.v1']);
    const [opened] = await feedbackStream(`feedback-decision-${decisionId}`);
    expect((opened.data as { invited: string[] }).invited).toEqual(['kim', 'late-supporter']);
  });

  it('neither requests an implementation nor opens feedback on a decision that moves the proposal to another committee', async () => {
    const decisionId = `d-referred-${run}`;
    const referred = decided(decisionId, 'refer_to_city', {
      spaceId: 'Mapo-gu',
      toSpaceId: 'seoul',
      source: 'forum_tier',
    });
    await deliverTwice('department.proposal-routing', referred);
    await deliverTwice('feedback.invitations', referred);
    expect(await streamTypes('department', `implementation-${implementationIdFor(decisionId)}`)).toEqual([]);
    expect(await streamTypes('feedback', `feedback-decision-${decisionId}`)).toEqual([]);
  });
});
