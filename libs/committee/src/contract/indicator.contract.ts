import { INDICATOR_LIMITS, indicatorDecider } from '@hyeopchi/committee/domain';
import {
  ID_RULE,
  defineAggregate,
  defineCommand,
  foundByTheService,
  identifier,
  text,
} from '@hyeopchi/contract-kit';
import { AccessRule } from '@hyeopchi/identity';
import { z } from 'zod';

const indicatorId = { indicatorId: identifier };
const year = z.number().int();
/** The secretariat measures the master plan it keeps, as admins may. */
const bySecretariat: AccessRule = { roles: ['admin', 'secretariat'] };

export const DefineIndicator = defineCommand(
  'committee',
  'DefineIndicator',
  z
    .object({
      ...indicatorId,
      planId: identifier,
      policyId: identifier,
      nameKo: text(INDICATOR_LIMITS.name),
      nameEn: text(INDICATOR_LIMITS.name),
      unit: text(INDICATOR_LIMITS.unit),
      direction: z.enum(['higher', 'lower']),
      baselineValue: z.number(),
      baselineYear: year,
      targetValue: z.number(),
      targetYear: year,
    })
    .strict(),
  {
    access: bySecretariat,
    description:
      'Define an indicator of a detailed policy of the master plan in force, with a baseline and a target (the secretariat, admins).',
    fields: {
      indicatorId: `An id you choose for it ${ID_RULE}.`,
      planId: 'The master plan in force.',
      policyId: 'The detailed policy of that plan it measures.',
      nameKo: 'Its name in Korean, up to 200 characters.',
      nameEn: 'Its name in English, up to 200 characters.',
      unit: 'What its values count, up to 40 characters (%, points, people).',
      direction: 'higher when the plan succeeds as the value rises, lower when it falls.',
      baselineValue: 'The value it starts from.',
      baselineYear: 'The year of the baseline, begun already.',
      targetValue: 'The value aimed for: above the baseline if higher is better, below it if lower is.',
      targetYear: 'The year it is aimed for by, after the baseline year.',
    },
    enumNames: { direction: 'IndicatorDirection' },
  },
);

export const RecordIndicatorMeasurement = defineCommand(
  'committee',
  'RecordIndicatorMeasurement',
  z
    .object({ ...indicatorId, year, value: z.number(), source: text(INDICATOR_LIMITS.source).optional() })
    .strict(),
  {
    access: bySecretariat,
    description:
      "Record an indicator's value for a year from its baseline to its target; a year measured again is corrected, the earlier value kept in its history (the secretariat, admins).",
    fields: {
      indicatorId: 'The indicator.',
      year: 'The year measured: from the baseline year to the target year, begun already.',
      value: 'Its value that year.',
      source: 'Where the value comes from, up to 500 characters.',
    },
  },
);

export const RetireIndicator = defineCommand(
  'committee',
  'RetireIndicator',
  z.object({ ...indicatorId, reason: text(INDICATOR_LIMITS.reason) }).strict(),
  {
    access: bySecretariat,
    description:
      'Retire an indicator: it takes no more measurements and leaves the plan (the secretariat, admins).',
    fields: { indicatorId: 'The indicator.', reason: 'Why, up to 2,000 characters.' },
  },
);

export const indicatorAggregate = defineAggregate({
  context: 'committee',
  name: 'plan indicator',
  decider: indicatorDecider,
  streamId: ({ indicatorId }) => `indicator-${indicatorId}`,
  commands: [DefineIndicator, RecordIndicatorMeasurement, RetireIndicator],
  // an indicator measures a policy of the plan it names: the service reads that plan's policies
  ...foundByTheService<{ planPolicies: readonly string[] }>(),
});
