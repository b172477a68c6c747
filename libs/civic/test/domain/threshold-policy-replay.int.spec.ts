import {
  CITY_SPACE,
  ProposalState,
  ProposalCommand,
  ThresholdPolicyCommand,
  proposalDecider,
  thresholdPolicyDecider,
  thresholdPolicyStream,
} from '@hyeopchi/civic/domain';
import { handleCommand, stateOf } from '@hyeopchi/command-processing';
import { PostgresEventStore } from '@hyeopchi/event-store';
import { testDatabaseUrl, testPool, uniqueSchemaName } from '@hyeopchi/testing';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';

const CITY_POLICIES = thresholdPolicyStream(CITY_SPACE.id);

describe('threshold policies on replay (real store)', () => {
  let pool: Pool;
  let store: PostgresEventStore;
  const now = new Date('2026-03-03T09:00:00Z');
  /** A new command id each time: a repeated one would be a retry, which appends nothing. */
  const options = () => ({ ids: { next: () => randomUUID() }, metadata: { commandId: randomUUID() } });
  const as = (actor: string) => ({ now, actor });

  beforeAll(() => {
    pool = testPool(testDatabaseUrl());
  });
  afterAll(() => pool.end());
  beforeEach(async () => {
    store = await PostgresEventStore.open(pool, uniqueSchemaName('civic'));
  });

  const adopt = (departmentAnswerAt: number) =>
    handleCommand(
      store,
      CITY_POLICIES,
      thresholdPolicyDecider,
      {
        type: 'AdoptThresholdPolicy',
        data: {
          spaceId: CITY_SPACE.id,
          space: CITY_SPACE,
          takesEffectOn: null,
          supportWindowDays: 30,
          tiers: [
            { tier: 'department_answer', measure: 'supports', threshold: departmentAnswerAt },
            { tier: 'public_forum', measure: 'supports', threshold: 10 },
          ],
        },
        metadata: as('admin-1'),
      } satisfies ThresholdPolicyCommand,
      options(),
    );
  const cityPolicies = async () => stateOf(thresholdPolicyDecider, await store.readStream(CITY_POLICIES));
  const onProposal = (id: string, command: Omit<ProposalCommand, 'data'> & { data: object }) =>
    handleCommand(
      store,
      `proposal-${id}`,
      proposalDecider,
      { ...command, data: { proposalId: id, ...command.data } } as ProposalCommand,
      options(),
    );
  const submitUnderPolicyInForce = async (id: string) => {
    await onProposal(id, {
      type: 'DraftProposal',
      data: {
        title: 'Shade',
        body: 'Canopies.',
        serves: ['strategy-5'],
        departments: ['parks'],
        district: 'Mapo-gu',
        organizationId: null,
        spaceId: CITY_SPACE.id,
        space: CITY_SPACE,
        // as the service finds the directory: parks registered, serving the city
        departmentSpaces: { parks: 'seoul' },
      },
      metadata: as('kim'),
    });
    await onProposal(id, {
      type: 'SubmitProposal',
      data: { policies: await cityPolicies() },
      metadata: as('kim'),
    });
  };
  const support = (id: string, supporter: string) =>
    onProposal(id, { type: 'SupportProposal', data: {}, metadata: as(supporter) });
  const tiersReached = async (id: string) =>
    (await store.readStream(`proposal-${id}`))
      .filter((e) => e.type === 'proposal.tier_reached.v1')
      .map((e) => e.data as { tier: string; count: number; policyVersion: number });
  const rebuilt = async (id: string): Promise<ProposalState> =>
    stateOf(proposalDecider, await store.readStream(`proposal-${id}`));

  it('keeps a proposal under the version in force at its submission, live and when rebuilt', async () => {
    await adopt(3);
    await submitUnderPolicyInForce('under-v1');
    await adopt(2);
    await submitUnderPolicyInForce('under-v2');

    for (const supporter of ['a', 'b']) {
      await support('under-v1', supporter);
      await support('under-v2', supporter);
    }
    expect(await tiersReached('under-v1')).toEqual([]);
    expect(await tiersReached('under-v2')).toMatchObject([
      { tier: 'department_answer', count: 2, policyVersion: 2 },
    ]);

    await support('under-v1', 'c');
    expect(await tiersReached('under-v1')).toMatchObject([
      { tier: 'department_answer', count: 3, policyVersion: 1 },
    ]);

    const replayedV1 = await rebuilt('under-v1');
    const replayedV2 = await rebuilt('under-v2');
    expect(replayedV1.status === 'submitted' && [replayedV1.policy.version, replayedV1.tiersReached]).toEqual(
      [1, ['department_answer']],
    );
    expect(replayedV2.status === 'submitted' && [replayedV2.policy.version, replayedV2.tiersReached]).toEqual(
      [2, ['department_answer']],
    );
  });
});
