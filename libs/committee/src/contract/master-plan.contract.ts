import { MASTER_PLAN_LIMITS, masterPlanDecider } from '@hyeopchi/committee/domain';
import { ID_RULE, defineAggregate, defineCommand, identifier, isoTime, text } from '@hyeopchi/contract-kit';
import { AccessRule } from '@hyeopchi/identity';
import { z } from 'zod';

const planId = { planId: identifier };
const title = text(MASTER_PLAN_LIMITS.title);
/** The secretariat staffs the committee: it keeps the master plan, as admins may. */
const bySecretariat: AccessRule = { roles: ['admin', 'secretariat'] };

export const AdoptMasterPlan = defineCommand(
  'committee',
  'AdoptMasterPlan',
  z
    .object({
      ...planId,
      title,
      vision: text(MASTER_PLAN_LIMITS.vision),
      periodFrom: isoTime,
      periodTo: isoTime,
    })
    .strict(),
  {
    access: bySecretariat,
    description: 'Adopt a governance master plan (the secretariat, admins).',
    fields: { planId: `An id you choose for it ${ID_RULE}.` },
  },
);

export const DefineStrategy = defineCommand(
  'committee',
  'DefineStrategy',
  z.object({ ...planId, strategyId: identifier, title }).strict(),
  {
    access: bySecretariat,
    description: 'Define a strategy of the master plan (the secretariat, admins).',
    fields: { strategyId: `An id for the strategy ${ID_RULE}.`, title: 'Its title, up to 300 characters.' },
  },
);

export const DefinePolicy = defineCommand(
  'committee',
  'DefinePolicy',
  z.object({ ...planId, policyId: identifier, strategyId: identifier, title }).strict(),
  {
    access: bySecretariat,
    description: 'Define a policy under a strategy of the master plan (the secretariat, admins).',
    fields: { title: 'Its title, up to 300 characters.' },
  },
);

export const RecordPendingIssue = defineCommand(
  'committee',
  'RecordPendingIssue',
  z.object({ ...planId, issueId: identifier, text: text(MASTER_PLAN_LIMITS.pendingIssue) }).strict(),
  {
    access: bySecretariat,
    description: 'Record a pending issue of the master plan (the secretariat, admins).',
    fields: { text: 'What is pending, up to 2,000 characters.' },
  },
);

export const masterPlanAggregate = defineAggregate({
  context: 'committee',
  name: 'master plan',
  decider: masterPlanDecider,
  streamId: ({ planId }) => `master-plan-${planId}`,
  commands: [AdoptMasterPlan, DefineStrategy, DefinePolicy, RecordPendingIssue],
});
