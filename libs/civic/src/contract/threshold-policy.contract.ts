import { Space, thresholdPolicyDecider, thresholdPolicyStream } from '@hyeopchi/civic/domain';
import { defineAggregate, defineCommand, foundByTheService } from '@hyeopchi/contract-kit';
import { inSpace } from './spaces';
import { z } from 'zod';

const tier = z
  .object({
    tier: z.enum(['department_answer', 'public_forum', 'mayor_answer']),
    measure: z.enum(['supports', 'forum_participants']),
    threshold: z.number().int().min(1).max(10_000_000),
  })
  .strict();

export const AdoptThresholdPolicy = defineCommand(
  'civic',
  'AdoptThresholdPolicy',
  z
    .object({
      ...inSpace,
      supportWindowDays: z.number().int(),
      tiers: z.array(tier).min(1).max(3),
      takesEffectOn: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day as YYYY-MM-DD')
        .nullable()
        .default(null),
    })
    .strict(),
  {
    access: { roles: ['admin', 'secretariat'] },
    description:
      'Adopt the support thresholds that proposals submitted in a space from the day it takes effect are held to (the secretariat, admins); proposals submitted before keep theirs.',
    fields: {
      takesEffectOn:
        'The day in Seoul (YYYY-MM-DD, today or later) it takes effect; null or absent for at once.',
    },
  },
);

export const thresholdPolicyAggregate = defineAggregate({
  context: 'civic',
  name: 'threshold policy',
  decider: thresholdPolicyDecider,
  streamId: ({ spaceId }) => thresholdPolicyStream(spaceId),
  commands: [AdoptThresholdPolicy],
  ...foundByTheService<{ space: Space | null }>(),
});
