import { DomainEvent } from '@hyeopchi/domain-kernel';

/** Whether the plan succeeds as the value rises, or as it falls. */
export type IndicatorDirection = 'higher' | 'lower';

export type IndicatorDefined = DomainEvent<
  'indicator.defined.v1',
  {
    indicatorId: string;
    /** The plan in force when it was defined: later versions keep it while they keep its policy. */
    planId: string;
    policyId: string;
    nameKo: string;
    nameEn: string;
    unit: string;
    direction: IndicatorDirection;
    baselineValue: number;
    baselineYear: number;
    targetValue: number;
    targetYear: number;
    definedAt: string;
  }
>;
export type IndicatorMeasured = DomainEvent<
  'indicator.measured.v1',
  {
    indicatorId: string;
    year: number;
    value: number;
    source: string | null;
    /** The value this one corrects, when the year was measured already; null for a first measurement. */
    replacedValue: number | null;
    measuredAt: string;
  }
>;
export type IndicatorRetired = DomainEvent<
  'indicator.retired.v1',
  { indicatorId: string; reason: string; retiredAt: string }
>;

export type IndicatorEvent = IndicatorDefined | IndicatorMeasured | IndicatorRetired;
