import { gatewayUnderTest } from '@hyeopchi/platform/testing';
import { person } from '@hyeopchi/testing';

const secret = 'a-threshold-policies-secret-of-at-least-32-characters';
const secretariat = person('secretary-kang', ['secretariat']);
const kim = person('kim', ['cso_admin']);
const LENIENT = [
  { tier: 'department_answer', measure: 'supports', threshold: 3 },
  { tier: 'public_forum', measure: 'supports', threshold: 50 },
];
const STRICT = [
  { tier: 'department_answer', measure: 'supports', threshold: 10 },
  { tier: 'public_forum', measure: 'supports', threshold: 100 },
  { tier: 'mayor_answer', measure: 'forum_participants', threshold: 1000 },
];

/**
 * What the secretariat's desk reads, over real HTTP: the threshold policies' versions, each kept, the latest first,
 * with the proposals that keep it; the surveys, as rounds in the order they were opened.
 */
describe("the secretariat's desk in the API", () => {
  const { clock, graphql, send } = gatewayUnderTest('secretariat', secret);
  const adopt = (tiers: object[], identity = secretariat) =>
    send('adoptThresholdPolicy', { supportWindowDays: 30, tiers }, identity);
  const submitted = async (proposalId: string) => {
    const draft = { proposalId, title: 'Shade', body: 'Shade in parks.', serves: ['strategy-5'] };
    await send('draftProposal', { ...draft, departments: ['parks'], district: 'Mapo-gu' }, kim);
    return send('submitProposal', { proposalId }, kim);
  };

  it('lists none before any is adopted', async () => {
    expect(await graphql('{ thresholdPolicies { version } }')).toEqual({ thresholdPolicies: [] });
  });

  it('keeps every version, the one in force first, and counts the proposals that keep each', async () => {
    expect(await adopt(LENIENT)).toEqual({ __typename: 'CommandAccepted' });
    expect(await submitted('shade')).toEqual({ __typename: 'CommandAccepted' });
    clock.advanceDays(1);
    expect(await adopt(STRICT)).toEqual({ __typename: 'CommandAccepted' });

    const { thresholdPolicies } = await graphql<{ thresholdPolicies: object[] }>(`
      {
        thresholdPolicies {
          version
          supportWindowDays
          tiers {
            tier
            measure
            threshold
          }
          adoptedBy
          adoptedAt
          proposalsSubmitted
        }
      }
    `);
    expect(thresholdPolicies).toEqual([
      {
        version: 2,
        supportWindowDays: 30,
        tiers: STRICT,
        adoptedBy: 'secretary-kang',
        adoptedAt: expect.any(String),
        proposalsSubmitted: 0,
      },
      expect.objectContaining({ version: 1, tiers: LENIENT, proposalsSubmitted: 1 }),
    ]);
    // the proposal keeps the version it was submitted under
    expect(await graphql('{ proposal(id: "shade") { policyVersion nextSupportThreshold } }')).toEqual({
      proposal: { policyVersion: 1, nextSupportThreshold: 3 },
    });
  });

  it('refuses a policy from anyone but the secretariat and admins', async () => {
    expect(await adopt(STRICT, kim)).toEqual({ __typename: 'CommandRefused', code: 'FORBIDDEN' });
  });

  it('lists the surveys in the order they were opened, whatever their ids', async () => {
    const survey = (surveyId: string) => ({
      surveyId,
      topic: 'trust',
      question: 'Do the partners trust each other?',
    });
    expect(await send('openSurvey', survey('z-first'), secretariat)).toEqual({
      __typename: 'CommandAccepted',
    });
    clock.advanceDays(1);
    expect(await send('openSurvey', survey('a-second'), secretariat)).toEqual({
      __typename: 'CommandAccepted',
    });
    expect(await send('closeSurvey', { surveyId: 'z-first' }, secretariat)).toEqual({
      __typename: 'CommandAccepted',
    });

    const { perceptionGaps } = await graphql<{ perceptionGaps: { openedAt: string }[] }>(
      '{ perceptionGaps { surveyId open openedAt } }',
    );
    expect(perceptionGaps).toEqual([
      { surveyId: 'z-first', open: false, openedAt: expect.any(String) },
      { surveyId: 'a-second', open: true, openedAt: expect.any(String) },
    ]);
    const [first, second] = perceptionGaps.map(({ openedAt }) => Date.parse(openedAt));
    expect(second - first).toBeGreaterThanOrEqual(86_400_000);
  });

  it('keeps every master plan the secretariat adopts, the one in force first', async () => {
    // the period's days go as ISO times (the contract's isoTime), midnight UTC
    const plan = (planId: string, periodFrom: string, periodTo: string) => ({
      planId,
      title: `Plan ${planId}`,
      vision: 'Citizens govern with the city.',
      periodFrom: `${periodFrom}T00:00:00Z`,
      periodTo: `${periodTo}T00:00:00Z`,
    });
    expect(await send('adoptMasterPlan', plan('first', '2026-01-01', '2027-12-31'), secretariat)).toEqual({
      __typename: 'CommandAccepted',
    });
    expect(
      await send(
        'defineStrategy',
        { planId: 'first', strategyId: 'strategy-1', title: 'Trust' },
        secretariat,
      ),
    ).toEqual({ __typename: 'CommandAccepted' });
    clock.advanceDays(1);
    expect(await send('adoptMasterPlan', plan('second', '2028-01-01', '2029-12-31'), secretariat)).toEqual({
      __typename: 'CommandAccepted',
    });
    expect(await send('adoptMasterPlan', plan('third', '2028-01-01', '2029-12-31'), kim)).toEqual({
      __typename: 'CommandRefused',
      code: 'FORBIDDEN',
    });

    expect(
      await graphql('{ masterPlan { id } masterPlans { id periodFrom strategies { strategyId } } }'),
    ).toEqual({
      masterPlan: { id: 'second' },
      masterPlans: [
        { id: 'second', periodFrom: '2028-01-01T00:00:00Z', strategies: [] },
        { id: 'first', periodFrom: '2026-01-01T00:00:00Z', strategies: [{ strategyId: 'strategy-1' }] },
      ],
    });
  });
});
