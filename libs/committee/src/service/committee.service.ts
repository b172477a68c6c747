import { stateOf, CommandRoute, ProcessManager, ServiceDefinition } from '@hyeopchi/command-processing';
import {
  ROSTER_STREAM,
  docketDecider,
  isChairedCommand,
  masterPlanDecider,
  rosterDecider,
  sessionDecider,
} from '@hyeopchi/committee/domain';
import { DomainError } from '@hyeopchi/domain-kernel';
import { z } from 'zod';
import { identifier, isoTime, sector, text } from '@hyeopchi/contract-kit';

const roster: CommandRoute = {
  context: 'committee',
  aggregate: 'roster',
  streamId: () => ROSTER_STREAM,
  decider: rosterDecider,
  commands: {
    AppointMember: z.object({ memberId: identifier, name: text(200), sector }).strict(),
    RemoveMember: z.object({ memberId: identifier }).strict(),
    DesignateCoChairs: z.object({ coChairs: z.tuple([identifier, identifier]) }).strict(),
  },
};

const agendaSource = z.enum(['department_referral', 'forum_tier']);
const sessionId = { sessionId: identifier };
const itemId = { itemId: identifier };
const sessions: CommandRoute = {
  context: 'committee',
  aggregate: 'session',
  streamId: (data) => `session-${data.sessionId}`,
  decider: sessionDecider,
  commands: {
    ScheduleSession: z.object({ ...sessionId, scheduledFor: isoTime }).strict(),
    AddAgendaItem: z
      .object({ ...sessionId, ...itemId, proposalId: identifier, source: agendaSource })
      .strict(),
    RecordAttendance: z.object({ ...sessionId, memberId: identifier, present: z.boolean() }).strict(),
    DeclareConflict: z
      .object({ ...sessionId, ...itemId, memberId: identifier, reason: text(2_000) })
      .strict(),
    ProposeMotion: z.object({ ...sessionId, ...itemId, motionId: identifier, text: text(5_000) }).strict(),
    CastVote: z
      .object({ ...sessionId, ...itemId, motionId: identifier, vote: z.enum(['for', 'against', 'abstain']) })
      .strict(),
    RecordDecision: z
      .object({
        ...sessionId,
        ...itemId,
        decisionId: identifier,
        outcome: z.enum(['adopt', 'adopt_with_amendments', 'reject', 'defer']),
        motionId: identifier.nullable(),
        rationale: text(10_000),
        amendments: text(10_000).nullable(),
        supersedes: identifier.nullable(),
      })
      .strict(),
    PublishMinutes: z.object({ ...sessionId, minutes: text(100_000) }).strict(),
  },
  prepare: async (type, data, streams) => {
    if (!isChairedCommand(type)) return { data };
    const { members, coChairs } = stateOf(rosterDecider, await streams.readStream(ROSTER_STREAM));
    // the decider checks the actor's seat against the roster as it stands, not the role a token claims
    const chaired = { ...data, chairs: coChairs };
    if (type === 'ScheduleSession') {
      // a session's quorum is a majority of the roster as it stands when the session is scheduled
      return { data: { ...chaired, roster: Object.keys(members) } };
    }
    if (type === 'AddAgendaItem') {
      // the committee deliberates what its docket holds, and the item joins that proposal's chain
      const docket = await streams.readStream(`docket-${data.proposalId}`);
      const proposed = docket.find((event) => (event.data as { source: string }).source === data.source);
      if (!proposed) {
        throw new DomainError('NOT_ON_DOCKET', `${data.proposalId} is not on the docket by ${data.source}`);
      }
      return { data: chaired, correlationId: proposed.metadata.correlationId };
    }
    return { data: chaired };
  },
  /** What concerns an agenda item belongs to its proposal's chain. */
  correlationOf: (history, data) =>
    history.find(
      (event) =>
        event.type === 'session.agenda_item_added.v1' &&
        (event.data as { itemId: string }).itemId === data.itemId,
    )?.metadata.correlationId,
};

const planId = { planId: identifier };
const masterPlans: CommandRoute = {
  context: 'committee',
  aggregate: 'master plan',
  streamId: (data) => `master-plan-${data.planId}`,
  decider: masterPlanDecider,
  commands: {
    AdoptMasterPlan: z
      .object({ ...planId, title: text(300), vision: text(1_000), periodFrom: isoTime, periodTo: isoTime })
      .strict(),
    DefineStrategy: z.object({ ...planId, strategyId: identifier, title: text(300) }).strict(),
    DefinePolicy: z
      .object({ ...planId, policyId: identifier, strategyId: identifier, title: text(300) })
      .strict(),
    RecordPendingIssue: z.object({ ...planId, issueId: identifier, text: text(2_000) }).strict(),
  },
};

const dockets: CommandRoute = {
  context: 'committee',
  aggregate: 'docket',
  streamId: (data) => `docket-${data.proposalId}`,
  decider: docketDecider,
  commands: {
    ProposeAgendaItem: z
      .object({ proposalId: identifier, source: agendaSource, reference: identifier })
      .strict(),
  },
};

/** A department's referral, or a proposal at the public-forum tier, puts the proposal on the committee's docket. */
const agendaFromReferrals: ProcessManager = {
  name: 'committee.agenda-from-referrals',
  context: 'committee',
  listensTo: ['civic', 'department'],
  react: async (event) => {
    const data = event.data as Record<string, string>;
    if (event.type === 'review.answered.v1' && data.outcome === 'referred_to_committee') {
      const { proposalId, reviewId } = data;
      return [
        {
          type: 'ProposeAgendaItem',
          data: { proposalId, source: 'department_referral', reference: reviewId },
        },
      ];
    }
    if (event.type === 'proposal.tier_reached.v1' && data.tier === 'public_forum') {
      const { proposalId } = data;
      return [
        { type: 'ProposeAgendaItem', data: { proposalId, source: 'forum_tier', reference: proposalId } },
      ];
    }
    return [];
  },
};

export const committeeService: ServiceDefinition = {
  context: 'committee',
  routes: [roster, sessions, masterPlans, dockets],
  processManagers: [agendaFromReferrals],
  scheduledTasks: [],
};
