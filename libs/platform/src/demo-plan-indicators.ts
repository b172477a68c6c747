import type { Step } from './demo-seed';

const PLAN_ID = 'governance-seoul';
const bySecretariat = { role: 'secretariat', actor: 'secretariat-jung', context: 'committee' } as const;

/** A detailed policy the city adds under one of the study's strategies (the study names none), and its indicator. */
interface MeasuredPolicy {
  strategyId: string;
  policyId: string;
  title: string;
  indicator: {
    indicatorId: string;
    nameKo: string;
    nameEn: string;
    unit: string;
    direction: 'higher' | 'lower';
    baselineValue: number;
    targetValue: number;
    /** This year's value: one measurement each, as the seed names a command by its ids alone. */
    measured: number;
    source: string;
  };
}

/**
 * Three policies, each with an indicator the study asks for ("qualitative improvement of leading policies"):
 * baselines from last year, targets five years on, this year measured. One is behind its pace, two keep it.
 */
const MEASURED_POLICIES: readonly MeasuredPolicy[] = [
  {
    strategyId: 'strategy-1',
    policyId: 'policy-1-1',
    title: 'A yearly perception survey of public and private partners, published with its answers',
    indicator: {
      indicatorId: 'perception-gap',
      nameKo: '거버넌스 인식 격차',
      nameEn: 'Governance perception gap',
      unit: '점',
      direction: 'lower',
      baselineValue: 1.2,
      targetValue: 0.5,
      measured: 1.1,
      source: '민관 협치 인식 조사',
    },
  },
  {
    strategyId: 'strategy-2',
    policyId: 'policy-2-1',
    title: 'Citizen proposals answered by the departments within a month and decided by the committee',
    indicator: {
      indicatorId: 'proposal-adoption-rate',
      nameKo: '시민 제안 채택률',
      nameEn: 'Citizen proposal adoption rate',
      unit: '%',
      direction: 'higher',
      baselineValue: 18,
      targetValue: 35,
      measured: 23,
      source: '협치 플랫폼 답변 기록',
    },
  },
  {
    strategyId: 'strategy-5',
    policyId: 'policy-5-1',
    title: 'A public-private governance council in every autonomous district',
    indicator: {
      indicatorId: 'district-councils',
      nameKo: '민관협치 협의회를 둔 자치구 수',
      nameEn: 'Districts with a governance council',
      unit: '개 구',
      direction: 'higher',
      baselineValue: 9,
      targetValue: 25,
      measured: 13,
      source: '자치구 현황 보고',
    },
  },
];

/** The steps that give the demo plan measured policies, with years counted from `now`. */
export function planIndicatorSteps(now: Date): Step[] {
  const year = now.getUTCFullYear();
  return MEASURED_POLICIES.flatMap(({ strategyId, policyId, title, indicator }): Step[] => {
    const { indicatorId, measured, source, ...definition } = indicator;
    return [
      { ...bySecretariat, type: 'DefinePolicy', data: { planId: PLAN_ID, strategyId, policyId, title } },
      {
        ...bySecretariat,
        type: 'DefineIndicator',
        data: {
          indicatorId,
          planId: PLAN_ID,
          policyId,
          ...definition,
          baselineYear: year - 1,
          targetYear: year + 4,
        },
      },
      {
        ...bySecretariat,
        type: 'RecordIndicatorMeasurement',
        data: { indicatorId, year, value: measured, source },
      },
    ];
  });
}
