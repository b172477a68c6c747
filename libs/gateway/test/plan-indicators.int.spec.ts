import { ACCEPTED, gatewayUnderTest, refusedWith } from '@hyeopchi/platform/testing';
import { person } from '@hyeopchi/testing';

const secret = 'a-plan-indicators-secret-of-at-least-32-characters';
const secretariat = person('secretary-kang', ['secretariat']);
const citizen = person('kim', ['citizen']);

const INDICATORS = `{
  masterPlan {
    id
    strategies {
      policies {
        policyId
        indicators {
          id
          nameKo
          nameEn
          unit
          direction
          baselineValue
          baselineYear
          targetValue
          targetYear
          measurements { year value source replacedValue }
          progress { share expectedShare onTrack latest { year value } }
        }
      }
    }
  }
}`;

interface PlanIndicators {
  masterPlan: { id: string; strategies: { policies: { policyId: string; indicators: object[] }[] }[] };
}

/**
 * The master plan's indicators over real HTTP: only the secretariat and admins define and measure them, each
 * refusal typed; the plan shows them under their policy with their progress, in every version keeping the policy.
 */
describe("the master plan's indicators in the API", () => {
  const { clock, graphql, send } = gatewayUnderTest('indicators', secret);
  // years as the services' clock counts them: the measurement of a year not begun is refused
  const thisYear = clock.now().getUTCFullYear();
  const lastYear = thisYear - 1;
  const adoptPlan = async (planId: string, policies: string[]) => {
    const period = { periodFrom: `${lastYear}-01-01T00:00:00Z`, periodTo: `${thisYear + 3}-12-31T00:00:00Z` };
    const vision = 'Citizens govern with the city.';
    expect(await send('adoptMasterPlan', { planId, title: planId, vision, ...period }, secretariat)).toEqual(
      ACCEPTED,
    );
    const strategy = { planId, strategyId: 'strategy-1', title: 'Trust' };
    expect(await send('defineStrategy', strategy, secretariat)).toEqual(ACCEPTED);
    for (const policyId of policies) {
      const policy = { planId, strategyId: 'strategy-1', policyId, title: policyId };
      expect(await send('definePolicy', policy, secretariat)).toEqual(ACCEPTED);
    }
  };
  const definition = {
    indicatorId: 'adoption-rate',
    planId: 'first',
    policyId: 'policy-1-1',
    nameKo: '시민 제안 채택률',
    nameEn: 'Citizen proposal adoption rate',
    unit: '%',
    direction: 'higher',
    baselineValue: 10,
    baselineYear: lastYear,
    targetValue: 30,
    targetYear: thisYear + 3,
  };
  const measurement = { indicatorId: 'adoption-rate', year: thisYear, value: 15 };
  const policiesOf = async () =>
    (await graphql<PlanIndicators>(INDICATORS)).masterPlan.strategies.flatMap(({ policies }) => policies);

  it('takes indicators and measurements from the secretariat only, refusing what is wrong by its code', async () => {
    await adoptPlan('first', ['policy-1-1', 'policy-1-2']);
    expect(await send('defineIndicator', definition, citizen)).toEqual(refusedWith('FORBIDDEN'));
    expect(await send('defineIndicator', { ...definition, policyId: 'policy-9-9' }, secretariat)).toEqual(
      refusedWith('UNKNOWN_POLICY'),
    );
    expect(await send('defineIndicator', { ...definition, targetValue: 5 }, secretariat)).toEqual(
      refusedWith('INVALID_INDICATOR'),
    );
    expect(await send('defineIndicator', definition, secretariat)).toEqual(ACCEPTED);
    expect(await send('defineIndicator', definition, secretariat)).toEqual(refusedWith('INDICATOR_EXISTS'));

    expect(await send('recordIndicatorMeasurement', measurement, citizen)).toEqual(refusedWith('FORBIDDEN'));
    expect(
      await send('recordIndicatorMeasurement', { ...measurement, year: thisYear + 1 }, secretariat),
    ).toEqual(refusedWith('YEAR_IN_FUTURE'));
    expect(
      await send('recordIndicatorMeasurement', { ...measurement, year: lastYear - 1 }, secretariat),
    ).toEqual(refusedWith('YEAR_OUT_OF_RANGE'));
    expect(
      await send('recordIndicatorMeasurement', { ...measurement, indicatorId: 'unknown' }, secretariat),
    ).toEqual(refusedWith('UNKNOWN_INDICATOR'));
    expect(await send('retireIndicator', { indicatorId: 'adoption-rate', reason: 'no' }, citizen)).toEqual(
      refusedWith('FORBIDDEN'),
    );
  });

  it('shows each indicator under its policy with its measurements by year and its progress', async () => {
    const source = { ...measurement, value: 12, source: 'Governance survey' };
    expect(await send('recordIndicatorMeasurement', source, secretariat)).toEqual(ACCEPTED);
    // the correction takes the year's place, naming the value it replaced
    expect(await send('recordIndicatorMeasurement', measurement, secretariat)).toEqual(ACCEPTED);
    expect(
      await send('recordIndicatorMeasurement', { ...measurement, year: lastYear, value: 10 }, secretariat),
    ).toEqual(ACCEPTED);

    const [measured, unmeasured] = await policiesOf();
    expect(unmeasured).toEqual({ policyId: 'policy-1-2', indicators: [] });
    expect(measured).toEqual({
      policyId: 'policy-1-1',
      indicators: [
        {
          id: 'adoption-rate',
          nameKo: '시민 제안 채택률',
          nameEn: 'Citizen proposal adoption rate',
          unit: '%',
          direction: 'higher',
          baselineValue: 10,
          baselineYear: lastYear,
          targetValue: 30,
          targetYear: thisYear + 3,
          measurements: [
            { year: lastYear, value: 10, source: null, replacedValue: null },
            { year: thisYear, value: 15, source: null, replacedValue: 12 },
          ],
          progress: {
            share: 0.25,
            expectedShare: 0.25,
            onTrack: true,
            latest: { year: thisYear, value: 15 },
          },
        },
      ],
    });
  });

  it('keeps an indicator in a new plan version that keeps its policy, and drops it once retired', async () => {
    clock.advanceDays(1);
    await adoptPlan('second', ['policy-1-1']);
    expect((await policiesOf())[0]).toMatchObject({
      policyId: 'policy-1-1',
      indicators: [expect.objectContaining({ id: 'adoption-rate' })],
    });
    expect(
      await send(
        'retireIndicator',
        { indicatorId: 'adoption-rate', reason: 'Measured otherwise' },
        secretariat,
      ),
    ).toEqual(ACCEPTED);
    expect(await send('recordIndicatorMeasurement', measurement, secretariat)).toEqual(
      refusedWith('INDICATOR_RETIRED'),
    );
    expect(await policiesOf()).toEqual([{ policyId: 'policy-1-1', indicators: [] }]);
  });
});
