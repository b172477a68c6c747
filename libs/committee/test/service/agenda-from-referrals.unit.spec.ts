import { syntheticEvent } from '@hyeopchi/messaging/testing';
import {
  CommandDispatcher,
  CommandReply,
  CommandExecutor,
  CommandRequest,
  CommandRoute,
  ProcessManagerRunner,
  randomIds,
} from '@hyeopchi/command-processing';
import { committeeService } from '@hyeopchi/committee/service';
import { BEGINNING_OF_LOG, InMemoryEventStore } from '@hyeopchi/event-store';

/**
 * The committee's process manager keeps no state of its own, so the whole path from an event to the docket runs
 * here on the in-memory store: the runner derives the command's ids from the event, the dispatcher routes it, the
 * executor loads, decides and appends. Managers with state in PostgreSQL tables (department.proposal-routing,
 * feedback.invitations) are run on the real database: libs/platform/test/process-managers.int.spec.ts.
 */
describe('committee.agenda-from-referrals on the in-memory store', () => {
  const now = new Date('2026-11-27T09:00:00Z');
  let store: InMemoryEventStore;
  let replies: CommandReply[];
  let handle: ReturnType<ProcessManagerRunner['handlerFor']>;
  let handleCouncil: ReturnType<ProcessManagerRunner['handlerFor']>;
  // what only the bus subscription, the scheduled tasks and the inbox transaction use: handlerFor needs none
  const unused = undefined as never;

  const event = (context: string, type: string, data: object) =>
    syntheticEvent(context, type, data, { correlationId: 'chain-1', recordedAt: now });
  const referral = event('department', 'review.answered.v1', {
    reviewId: 'review-1',
    proposalId: 'p-1',
    spaceId: 'seoul',
    department: 'parks',
    outcome: 'referred_to_committee',
  });

  beforeEach(() => {
    store = new InMemoryEventStore();
    replies = [];
    const clock = { now: () => now };
    const executor = new CommandExecutor(new Map([['committee', store]]), clock, randomIds);
    // every reply the executor gives, to see what the manager's commands did
    const recording = {
      execute: async (route: CommandRoute, request: CommandRequest) => {
        const reply = await executor.execute(route, request);
        replies.push(reply);
        return reply;
      },
    } as CommandExecutor;
    const dispatcher = new CommandDispatcher(recording, committeeService.routes);
    const runner = new ProcessManagerRunner(
      committeeService.processManagers,
      [],
      unused,
      unused,
      clock,
      dispatcher,
    );
    const manager = (named: string) =>
      runner.handlerFor(committeeService.processManagers.find(({ name }) => name === named)!);
    handle = manager('committee.agenda-from-referrals');
    handleCouncil = manager('committee.council-committees');
  });

  it('puts a referred proposal on the docket, caused by the referral and in its correlation', async () => {
    await handle(referral, unused);

    const [item] = await store.readStream('docket-p-1');
    expect(item).toMatchObject({
      type: 'docket.item_proposed.v1',
      data: { proposalId: 'p-1', spaceId: 'seoul', source: 'department_referral', reference: 'review-1' },
      metadata: {
        actor: 'system:committee.agenda-from-referrals',
        causationId: referral.eventId,
        correlationId: 'chain-1',
      },
    });
  });

  it('acts once on a referral delivered twice: the second command is a repeat, not a refusal', async () => {
    await handle(referral, unused);
    await handle(referral, unused);

    expect(await store.readStream('docket-p-1')).toHaveLength(1);
    expect(replies).toHaveLength(2);
    expect(replies[1]).toEqual(replies[0]);
    expect(replies[0]).toMatchObject({ ok: true, streamVersion: 1 });
  });

  it('ignores an answer that does not refer the proposal', async () => {
    await handle(
      event('department', 'review.answered.v1', {
        reviewId: 'review-1',
        proposalId: 'p-1',
        outcome: 'accepted',
      }),
      unused,
    );

    expect(replies).toEqual([]);
    expect(await store.countAfter(BEGINNING_OF_LOG)).toBe(0);
  });

  it("puts a proposal at the forum tier on its own space's docket", async () => {
    await handle(
      event('civic', 'proposal.tier_reached.v1', {
        proposalId: 'p-1',
        spaceId: 'Mapo-gu',
        tier: 'public_forum',
      }),
      unused,
    );

    expect((await store.readStream('docket-p-1'))[0].data).toMatchObject({
      spaceId: 'Mapo-gu',
      source: 'forum_tier',
      fromSpaceId: null,
    });
  });

  it("puts a proposal referred up on the city's docket, and one delegated down on the district's, saying whence", async () => {
    const move = { proposalId: 'p-1', decisionId: 'decision-1' };
    await handle(
      event('civic', 'proposal.referred.v1', { ...move, fromSpaceId: 'Mapo-gu', toSpaceId: 'seoul' }),
      unused,
    );
    await handle(
      event('civic', 'proposal.delegated.v1', {
        ...move,
        decisionId: 'decision-2',
        fromSpaceId: 'seoul',
        toSpaceId: 'Gangnam-gu',
      }),
      unused,
    );

    expect((await store.readStream('docket-p-1')).map(({ data }) => data)).toMatchObject([
      { spaceId: 'seoul', source: 'district_referral', reference: 'decision-1', fromSpaceId: 'Mapo-gu' },
      { spaceId: 'Gangnam-gu', source: 'city_delegation', reference: 'decision-2', fromSpaceId: 'seoul' },
    ]);
  });

  it("establishes a council's committee when civic creates the council", async () => {
    await handleCouncil(event('civic', 'council.created.v1', { councilId: 'climate' }), unused);

    expect(await store.readStream('committee-roster@climate')).toMatchObject([
      { type: 'committee.established.v1', data: { spaceId: 'climate' } },
    ]);
  });
});
