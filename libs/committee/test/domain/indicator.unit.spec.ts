import {
  IndicatorCommand,
  IndicatorDirection,
  IndicatorEvent,
  indicatorDecider,
} from '@hyeopchi/committee/domain';
import { deciderSpecification } from '@hyeopchi/testing';

const given = deciderSpecification(indicatorDecider);
const now = new Date('2026-06-02T09:00:00Z');
const at = now.toISOString();
const metadata = { now, actor: 'secretariat-1' };

const definition = {
  indicatorId: 'adoption-rate',
  planId: 'plan-1',
  policyId: 'policy-1-1',
  nameKo: '시민 제안 채택률',
  nameEn: 'Citizen proposal adoption rate',
  unit: '%',
  direction: 'higher' as IndicatorDirection,
  baselineValue: 12,
  baselineYear: 2025,
  targetValue: 30,
  targetYear: 2030,
};
const define = (
  change: Partial<typeof definition> = {},
  planPolicies = ['policy-1-1'],
): IndicatorCommand => ({
  type: 'DefineIndicator',
  data: { ...definition, ...change, planPolicies },
  metadata,
});
const defined: IndicatorEvent = { type: 'indicator.defined.v1', data: { ...definition, definedAt: at } };
const measure = (year: number, value: number, source?: string): IndicatorCommand => ({
  type: 'RecordIndicatorMeasurement',
  data: { indicatorId: 'adoption-rate', year, value, source },
  metadata,
});
const measured = (year: number, value: number, replacedValue: number | null = null): IndicatorEvent => ({
  type: 'indicator.measured.v1',
  data: { indicatorId: 'adoption-rate', year, value, source: null, replacedValue, measuredAt: at },
});
const retire: IndicatorCommand = {
  type: 'RetireIndicator',
  data: { indicatorId: 'adoption-rate', reason: 'The survey behind it ended.' },
  metadata,
};

describe('a plan indicator', () => {
  it('is defined once, under a detailed policy of the plan it names', () => {
    given().when(define()).then(defined);
    given(defined).when(define()).thenRefuses('INDICATOR_EXISTS');
    given()
      .when(define({}, ['policy-2-1']))
      .thenRefuses('UNKNOWN_POLICY');
    given().when(define({}, [])).thenRefuses('UNKNOWN_POLICY');
  });

  it('needs names in both languages, a unit and finite values', () => {
    given()
      .when(define({ nameKo: ' ' }))
      .thenRefuses('INVALID_INDICATOR');
    given()
      .when(define({ nameEn: '' }))
      .thenRefuses('INVALID_INDICATOR');
    given()
      .when(define({ unit: 'x'.repeat(41) }))
      .thenRefuses('INVALID_INDICATOR');
    given()
      .when(define({ baselineValue: Number.NaN }))
      .thenRefuses('INVALID_INDICATOR');
    given()
      .when(define({ targetValue: Number.POSITIVE_INFINITY }))
      .thenRefuses('INVALID_INDICATOR');
  });

  it('runs from a baseline year already begun to a later target year', () => {
    given()
      .when(define({ targetYear: 2025 }))
      .thenRefuses('INVALID_INDICATOR');
    given()
      .when(define({ baselineYear: 2027, targetYear: 2030 }))
      .thenRefuses('INVALID_INDICATOR');
    given()
      .when(define({ baselineYear: 2024.5 }))
      .thenRefuses('INVALID_INDICATOR');
  });

  it('aims its target in the direction it improves', () => {
    given()
      .when(define({ targetValue: 10 }))
      .thenRefuses('INVALID_INDICATOR');
    given()
      .when(define({ targetValue: 12 }))
      .thenRefuses('INVALID_INDICATOR');
    given()
      .when(define({ direction: 'lower', baselineValue: 0.8, targetValue: 0.3 }))
      .then({
        type: 'indicator.defined.v1',
        data: { ...definition, direction: 'lower', baselineValue: 0.8, targetValue: 0.3, definedAt: at },
      });
  });

  it('takes one value a year from baseline to target, a source when given', () => {
    given(defined).when(measure(2025, 12)).then(measured(2025, 12));
    given(defined)
      .when(measure(2026, 15.5, ' 2026 governance survey '))
      .then({
        type: 'indicator.measured.v1',
        data: {
          indicatorId: 'adoption-rate',
          year: 2026,
          value: 15.5,
          source: '2026 governance survey',
          replacedValue: null,
          measuredAt: at,
        },
      });
    given(defined).when(measure(2024, 10)).thenRefuses('YEAR_OUT_OF_RANGE');
    given(defined).when(measure(2031, 10)).thenRefuses('YEAR_OUT_OF_RANGE');
    given(defined).when(measure(2025.5, 10)).thenRefuses('YEAR_OUT_OF_RANGE');
    given(defined).when(measure(2027, 10)).thenRefuses('YEAR_IN_FUTURE');
    given(defined).when(measure(2026, Number.NaN)).thenRefuses('INVALID_MEASUREMENT');
    given(defined)
      .when(measure(2026, 1, 'x'.repeat(501)))
      .thenRefuses('INVALID_MEASUREMENT');
  });

  it('corrects a year measured again, naming the value it replaces', () => {
    given(defined, measured(2026, 15))
      .when(measure(2026, 16))
      .then(measured(2026, 16, 15));
    given(defined, measured(2026, 15), measured(2026, 16, 15))
      .when(measure(2026, 17))
      .then(measured(2026, 17, 16));
  });

  it('is retired once, with a reason, and then takes no measurement', () => {
    const retired: IndicatorEvent = {
      type: 'indicator.retired.v1',
      data: { indicatorId: 'adoption-rate', reason: 'The survey behind it ended.', retiredAt: at },
    };
    given(defined).when(retire).then(retired);
    given(defined)
      .when({ ...retire, data: { ...retire.data, reason: '' } })
      .thenRefuses('INVALID_INDICATOR');
    given(defined, retired).when(retire).thenRefuses('INDICATOR_RETIRED');
    given(defined, retired).when(measure(2026, 15)).thenRefuses('INDICATOR_RETIRED');
  });

  it('is measured and retired only once defined', () => {
    given().when(measure(2026, 15)).thenRefuses('UNKNOWN_INDICATOR');
    given().when(retire).thenRefuses('UNKNOWN_INDICATOR');
  });
});
