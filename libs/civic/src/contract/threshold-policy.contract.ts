import { THRESHOLD_POLICY_STREAM, thresholdPolicyDecider } from '@hyeopchi/civic/domain';
import { defineAggregate, defineCommand } from '@hyeopchi/contract-kit';
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
  z.object({ supportWindowDays: z.number().int(), tiers: z.array(tier).min(1).max(3) }).strict(),
  {
    access: { roles: ['admin', 'secretariat'] },
    description:
      'Adopt the support thresholds that proposals submitted from now on are held to (the secretariat, admins).',
  },
);

export const thresholdPolicyAggregate = defineAggregate({
  context: 'civic',
  name: 'threshold policy',
  decider: thresholdPolicyDecider,
  streamId: () => THRESHOLD_POLICY_STREAM,
  commands: [AdoptThresholdPolicy],
});
