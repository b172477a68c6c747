import { CommandMetadata, Decider, DomainError, boundedText, unreachable } from '@hyeopchi/domain-kernel';
import { IndicatorDirection, IndicatorEvent } from './events';
import { INDICATOR_LIMITS } from './limits';

type With<Type extends string, Data> = {
  type: Type;
  data: Data & { indicatorId: string };
  metadata: CommandMetadata;
};

export type IndicatorCommand =
  | With<
      'DefineIndicator',
      {
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
        /** Found by the service: the detailed policies of the plan named. */
        planPolicies: readonly string[];
      }
    >
  | With<'RecordIndicatorMeasurement', { year: number; value: number; source?: string }>
  | With<'RetireIndicator', { reason: string }>;

export type IndicatorState =
  | { status: 'none' }
  | {
      status: 'defined' | 'retired';
      baselineYear: number;
      targetYear: number;
      /** The value in force for each year measured. */
      values: Readonly<Record<number, number>>;
    };

export type IndicatorErrorCode =
  | 'INDICATOR_EXISTS'
  | 'UNKNOWN_POLICY'
  | 'INVALID_INDICATOR'
  | 'UNKNOWN_INDICATOR'
  | 'INDICATOR_RETIRED'
  | 'INVALID_MEASUREMENT'
  | 'YEAR_OUT_OF_RANGE'
  | 'YEAR_IN_FUTURE';

const refuse = (code: IndicatorErrorCode, message: string) => new DomainError(code, message);

// the year a command is sent in, in UTC: a measurement of a year not yet begun cannot have been taken
const yearOf = (metadata: CommandMetadata) => metadata.now.getUTCFullYear();

export function decideIndicator(command: IndicatorCommand, state: IndicatorState): IndicatorEvent[] {
  const { indicatorId } = command.data;
  const at = command.metadata.now.toISOString();
  if (command.type === 'DefineIndicator') {
    if (state.status !== 'none')
      throw refuse('INDICATOR_EXISTS', `indicator ${indicatorId} is defined already`);
    const { planPolicies, ...definition } = command.data;
    const { planId, policyId, direction, baselineValue, baselineYear, targetValue, targetYear } = definition;
    if (!planPolicies.includes(policyId))
      throw refuse('UNKNOWN_POLICY', `${policyId} is not a detailed policy of master plan ${planId}`);
    if (![baselineValue, targetValue].every(Number.isFinite))
      throw refuse('INVALID_INDICATOR', 'a baseline and a target are finite numbers');
    if (!Number.isInteger(baselineYear) || !Number.isInteger(targetYear) || baselineYear >= targetYear)
      throw refuse('INVALID_INDICATOR', 'the target year is a year after the baseline year');
    if (baselineYear > yearOf(command.metadata))
      throw refuse('INVALID_INDICATOR', 'a baseline is measured in a year already begun');
    const improves = direction === 'higher' ? targetValue > baselineValue : targetValue < baselineValue;
    if (!improves)
      throw refuse(
        'INVALID_INDICATOR',
        `the target is ${direction} than the baseline, as the indicator improves`,
      );
    return [
      {
        type: 'indicator.defined.v1',
        data: {
          ...definition,
          nameKo: text(definition.nameKo, 'a Korean name', INDICATOR_LIMITS.name),
          nameEn: text(definition.nameEn, 'an English name', INDICATOR_LIMITS.name),
          unit: text(definition.unit, 'a unit', INDICATOR_LIMITS.unit),
          definedAt: at,
        },
      },
    ];
  }
  if (state.status === 'none') throw refuse('UNKNOWN_INDICATOR', `indicator ${indicatorId} is not defined`);
  if (state.status === 'retired') throw refuse('INDICATOR_RETIRED', `indicator ${indicatorId} is retired`);
  switch (command.type) {
    case 'RecordIndicatorMeasurement': {
      const { year, value } = command.data;
      if (!Number.isFinite(value)) throw refuse('INVALID_MEASUREMENT', 'a measurement is a finite number');
      if (!Number.isInteger(year) || year < state.baselineYear || year > state.targetYear)
        throw refuse(
          'YEAR_OUT_OF_RANGE',
          `the indicator is measured from ${state.baselineYear} to ${state.targetYear}`,
        );
      if (year > yearOf(command.metadata)) throw refuse('YEAR_IN_FUTURE', `${year} has not begun`);
      const source = command.data.source?.trim()
        ? text(command.data.source, 'a source', INDICATOR_LIMITS.source, 'INVALID_MEASUREMENT')
        : null;
      return [
        {
          type: 'indicator.measured.v1',
          data: {
            indicatorId,
            year,
            value,
            source,
            replacedValue: state.values[year] ?? null,
            measuredAt: at,
          },
        },
      ];
    }
    case 'RetireIndicator':
      return [
        {
          type: 'indicator.retired.v1',
          data: {
            indicatorId,
            reason: text(command.data.reason, 'a reason', INDICATOR_LIMITS.reason),
            retiredAt: at,
          },
        },
      ];
    default:
      return unreachable(command);
  }
}

function text(
  value: string,
  what: string,
  max: number,
  code: IndicatorErrorCode = 'INVALID_INDICATOR',
): string {
  const bounded = boundedText(value, max);
  if (bounded === null) throw refuse(code, `${what} needs 1 to ${max.toLocaleString('en')} characters`);
  return bounded;
}

export function evolveIndicator(state: IndicatorState, event: IndicatorEvent): IndicatorState {
  if (event.type === 'indicator.defined.v1') {
    const { baselineYear, targetYear } = event.data;
    return { status: 'defined', baselineYear, targetYear, values: {} };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'indicator.measured.v1':
      return { ...state, values: { ...state.values, [event.data.year]: event.data.value } };
    case 'indicator.retired.v1':
      return { ...state, status: 'retired' };
    default:
      return unreachable(event);
  }
}

export const indicatorDecider: Decider<IndicatorCommand, IndicatorEvent, IndicatorState> = {
  initialState: { status: 'none' },
  decide: decideIndicator,
  evolve: evolveIndicator,
};
