import { IMPLEMENTATION_LIMITS, implementationDecider } from '@hyeopchi/department/domain';
import { defineAggregate, defineCommand, identifier, isoTime, text } from '@hyeopchi/contract-kit';
import { OFFICERS } from '@hyeopchi/identity';
import { z } from 'zod';
import { ofTheDepartment } from './access';

const implementationId = { implementationId: identifier };
// an implementation's department is the platform's record, not the caller's word: the commands do not name it
const byOfficers = { roles: OFFICERS, check: ofTheDepartment };

const milestone = z
  .object({ milestoneId: identifier, title: text(IMPLEMENTATION_LIMITS.milestoneTitle), dueAt: isoTime })
  .strict();

/** Sent by the platform when the committee adopts a proposal (`department.proposal-routing`). */
export const RequestImplementation = defineCommand(
  'department',
  'RequestImplementation',
  z
    .object({ ...implementationId, proposalId: identifier, department: identifier, decisionId: identifier })
    .strict(),
);

export const PlanImplementation = defineCommand(
  'department',
  'PlanImplementation',
  z
    .object({ ...implementationId, milestones: z.array(milestone).max(IMPLEMENTATION_LIMITS.milestones) })
    .strict(),
  {
    access: byOfficers,
    description: 'Plan the implementation your department was asked for, with milestones.',
    fields: { title: 'What is done when it is reached, up to 300 characters.' },
  },
);

export const CompleteMilestone = defineCommand(
  'department',
  'CompleteMilestone',
  z.object({ ...implementationId, milestoneId: identifier }).strict(),
  { access: byOfficers, description: 'Mark a milestone of your department’s implementation done.' },
);

export const ReportProgress = defineCommand(
  'department',
  'ReportProgress',
  z
    .object({
      ...implementationId,
      // not `.int()`: that would make the API's Float an Int; the decider refuses fractions (INVALID_PROGRESS)
      percent: z.number(),
      note: text(IMPLEMENTATION_LIMITS.note),
      reason: text(IMPLEMENTATION_LIMITS.reason).optional(),
    })
    .strict(),
  {
    access: byOfficers,
    description: 'Report progress on your department’s implementation.',
    fields: { reason: 'Why progress fell; required when it does.' },
  },
);

export const CompleteImplementation = defineCommand(
  'department',
  'CompleteImplementation',
  z.object(implementationId).strict(),
  {
    access: byOfficers,
    description: 'Complete your department’s implementation once every milestone is done.',
  },
);

export const StallImplementation = defineCommand(
  'department',
  'StallImplementation',
  z.object({ ...implementationId, reason: text(IMPLEMENTATION_LIMITS.reason) }).strict(),
  { access: byOfficers, description: 'Report that your department’s implementation is stalled, and why.' },
);

export const implementationAggregate = defineAggregate({
  context: 'department',
  name: 'implementation',
  decider: implementationDecider,
  streamId: ({ implementationId }) => `implementation-${implementationId}`,
  commands: [
    RequestImplementation,
    PlanImplementation,
    CompleteMilestone,
    ReportProgress,
    CompleteImplementation,
    StallImplementation,
  ],
});
