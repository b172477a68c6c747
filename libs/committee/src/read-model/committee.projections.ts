import { AgendaItem, CommitteeMember, CommitteeSession, DocketEntry, MasterPlan } from './committee.entities';
import { advanceProposal, recordCommitteeSeat, recordCommitteeSeatEnded } from '@hyeopchi/civic/read-model';
import { CommitteeEvent } from '@hyeopchi/committee/contract';
import { ProjectionsOf, ReadModelUnit, changeRow, rowOf } from '@hyeopchi/gateway-kit';
import { EventEnvelope } from '@hyeopchi/messaging';
import { indicatorProjections } from './indicator.projections';

const changeItem = (
  unit: ReadModelUnit,
  sessionId: string,
  itemId: string,
  change: (item: AgendaItem) => Partial<AgendaItem>,
) => changeRow(unit, AgendaItem, { sessionId, itemId }, change);

const changePlan = (unit: ReadModelUnit, id: string, change: (plan: MasterPlan) => Partial<MasterPlan>) =>
  changeRow(unit, MasterPlan, { id }, change);

/** How one event of a session changes the read models. */
type SessionProjection<Data extends { sessionId: string }> = (
  data: Data,
  unit: ReadModelUnit,
  event: EventEnvelope,
) => Promise<unknown>;

/** A session's every change is announced, so the people following it see it without reloading. */
const announced =
  <Data extends { sessionId: string }>(project: SessionProjection<Data>): SessionProjection<Data> =>
  async (data, unit, event) => {
    await project(data, unit, event);
    unit.announce({ kind: 'session_changed', sessionId: data.sessionId });
  };

export const committeeProjections: ProjectionsOf<CommitteeEvent> = {
  'committee.member_appointed.v1': async ({ spaceId, memberId, name, sector }, unit) => {
    await unit.upsert(CommitteeMember, { id: memberId, spaceId, name, sector, active: true });
    await recordCommitteeSeat(unit, memberId, name);
  },
  'committee.member_removed.v1': async ({ spaceId, memberId }, unit) => {
    await unit.update(CommitteeMember, { id: memberId, spaceId }, { active: false, coChair: false });
    // a member of several spaces' committees keeps their seat in public until they leave the last
    if (!(await unit.find(CommitteeMember, { id: memberId, active: true })).length) {
      await recordCommitteeSeatEnded(unit, memberId);
    }
  },
  'committee.co_chairs_designated.v1': async ({ spaceId, coChairs }, unit) => {
    for (const { id } of await unit.find(CommitteeMember, { spaceId, coChair: true }))
      await unit.update(CommitteeMember, { id, spaceId }, { coChair: false });
    for (const id of coChairs) await unit.update(CommitteeMember, { id, spaceId }, { coChair: true });
  },

  'session.scheduled.v1': announced(({ sessionId, spaceId, scheduledFor, roster, quorum }, unit) =>
    unit.upsert(CommitteeSession, {
      id: sessionId,
      spaceId,
      scheduledFor: new Date(scheduledFor),
      roster,
      quorum,
    }),
  ),
  'session.agenda_item_added.v1': announced(
    async ({ sessionId, itemId, proposalId, source, addedAt }, unit) => {
      await unit.upsert(AgendaItem, { sessionId, itemId, proposalId, source, addedAt: new Date(addedAt) });
      await advanceProposal(unit, proposalId, 'on_committee_agenda');
    },
  ),
  'session.attendance_recorded.v1': announced(async ({ sessionId, memberId, present }, unit) => {
    const session = await rowOf(unit, CommitteeSession, { id: sessionId });
    const attendance = [
      ...session.attendance.filter((entry) => entry.memberId !== memberId),
      { memberId, present },
    ];
    await unit.update(CommitteeSession, { id: sessionId }, { attendance });
  }),
  'session.conflict_declared.v1': announced(({ sessionId, itemId, memberId, reason }, unit) =>
    changeItem(unit, sessionId, itemId, ({ recusals }) => ({
      recusals: [...recusals, { memberId, reason }],
    })),
  ),
  'session.motion_proposed.v1': announced(({ sessionId, itemId, motionId, text, proposedBy }, unit) =>
    changeItem(unit, sessionId, itemId, ({ motions }) => ({
      motions: [...motions, { motionId, text, proposedBy, votes: [], sealed: false }],
    })),
  ),
  'session.vote_cast.v1': announced(({ sessionId, itemId, motionId, memberId, vote }, unit) =>
    changeItem(unit, sessionId, itemId, ({ motions }) => ({
      motions: motions.map((motion) =>
        motion.motionId === motionId ? { ...motion, votes: [...motion.votes, { memberId, vote }] } : motion,
      ),
    })),
  ),
  'session.decision_recorded.v1': announced(async (data, unit) => {
    const { sessionId, itemId, proposalId, spaceId: _session, ...decision } = data;
    // as the domain seals them: every motion on the item so far, whichever one the decision counted
    await changeItem(unit, sessionId, itemId, ({ motions }) => ({
      decision,
      motions: motions.map((motion) => ({ ...motion, sealed: true })),
    }));
    // a deferred item waits for a later agenda, a moved one for the other committee's: it is still before one
    if (decision.outcome !== 'defer' && decision.toSpaceId === null) {
      await advanceProposal(unit, proposalId, 'decided');
    }
    unit.announce({ kind: 'decision_recorded', proposalId, sessionId, itemId });
  }),
  'session.minutes_published.v1': announced(({ sessionId, minutes, publishedAt }, unit) =>
    unit.update(CommitteeSession, { id: sessionId }, { minutes, minutesPublishedAt: new Date(publishedAt) }),
  ),

  'docket.item_proposed.v1': ({ proposalId, spaceId, source, reference, fromSpaceId, proposedAt }, unit) =>
    unit.upsert(DocketEntry, {
      proposalId,
      spaceId,
      source,
      reference,
      fromSpaceId,
      proposedAt: new Date(proposedAt),
    }),

  'master_plan.adopted.v1': ({ planId, title, vision, periodFrom, periodTo, adoptedAt }, unit) =>
    unit.upsert(MasterPlan, {
      id: planId,
      title,
      vision,
      periodFrom,
      periodTo,
      adoptedAt: new Date(adoptedAt),
    }),
  'master_plan.strategy_defined.v1': ({ planId, strategyId, title }, unit) =>
    changePlan(unit, planId, ({ strategies }) => ({
      strategies: [...strategies, { strategyId, title, policies: [] }],
    })),
  'master_plan.policy_defined.v1': ({ planId, policyId, strategyId, title }, unit) =>
    changePlan(unit, planId, ({ strategies }) => ({
      strategies: strategies.map((strategy) =>
        strategy.strategyId === strategyId
          ? { ...strategy, policies: [...strategy.policies, { policyId, title }] }
          : strategy,
      ),
    })),
  'master_plan.pending_issue_recorded.v1': ({ planId, issueId, text }, unit) =>
    changePlan(unit, planId, ({ pendingIssues }) => ({
      pendingIssues: [...pendingIssues, { issueId, text }],
    })),
  ...indicatorProjections,
};
