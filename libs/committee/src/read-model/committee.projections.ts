import { EntityManager } from 'typeorm';
import { AgendaItem, CommitteeMember, CommitteeSession, DocketEntry, MasterPlan } from './committee.entities';
import { advanceProposal } from '@hyeopchi/civic/read-model';
import { CommitteeEvent } from '@hyeopchi/committee/contract';
import { ProjectionsOf, announce, changeRow } from '@hyeopchi/gateway-kit';
import { EventEnvelope } from '@hyeopchi/messaging';

const changeItem = (
  manager: EntityManager,
  sessionId: string,
  itemId: string,
  change: (item: AgendaItem) => Partial<AgendaItem>,
) => changeRow(manager, AgendaItem, { sessionId, itemId }, change);

const changePlan = (manager: EntityManager, id: string, change: (plan: MasterPlan) => Partial<MasterPlan>) =>
  changeRow(manager, MasterPlan, { id }, change);

/** How one event of a session changes the read models. */
type SessionProjection<Data extends { sessionId: string }> = (
  data: Data,
  manager: EntityManager,
  event: EventEnvelope,
) => Promise<unknown>;

/** A session's every change is announced, so the people following it see it without reloading. */
const announced =
  <Data extends { sessionId: string }>(project: SessionProjection<Data>): SessionProjection<Data> =>
  async (data, manager, event) => {
    await project(data, manager, event);
    await announce(manager, { kind: 'session_changed', sessionId: data.sessionId });
  };

export const committeeProjections: ProjectionsOf<CommitteeEvent> = {
  'committee.member_appointed.v1': ({ memberId, name, sector }, manager) =>
    manager.upsert(CommitteeMember, { id: memberId, name, sector, active: true }, ['id']),
  'committee.member_removed.v1': ({ memberId }, manager) =>
    manager.update(CommitteeMember, { id: memberId }, { active: false, coChair: false }),
  'committee.co_chairs_designated.v1': async ({ coChairs }, manager) => {
    await manager.update(CommitteeMember, { coChair: true }, { coChair: false });
    await manager
      .createQueryBuilder()
      .update(CommitteeMember)
      .set({ coChair: true })
      .whereInIds(coChairs)
      .execute();
  },

  'session.scheduled.v1': announced(({ sessionId, scheduledFor, roster, quorum }, manager) =>
    manager.upsert(
      CommitteeSession,
      { id: sessionId, scheduledFor: new Date(scheduledFor), roster, quorum },
      ['id'],
    ),
  ),
  'session.agenda_item_added.v1': announced(
    async ({ sessionId, itemId, proposalId, source, addedAt }, manager) => {
      await manager.upsert(
        AgendaItem,
        { sessionId, itemId, proposalId, source, addedAt: new Date(addedAt) },
        ['sessionId', 'itemId'],
      );
      await advanceProposal(manager, proposalId, 'on_committee_agenda');
    },
  ),
  'session.attendance_recorded.v1': announced(async ({ sessionId, memberId, present }, manager) => {
    const session = await manager.findOneByOrFail(CommitteeSession, { id: sessionId });
    const attendance = [
      ...session.attendance.filter((entry) => entry.memberId !== memberId),
      { memberId, present },
    ];
    await manager.update(CommitteeSession, { id: sessionId }, { attendance });
  }),
  'session.conflict_declared.v1': announced(({ sessionId, itemId, memberId, reason }, manager) =>
    changeItem(manager, sessionId, itemId, ({ recusals }) => ({
      recusals: [...recusals, { memberId, reason }],
    })),
  ),
  'session.motion_proposed.v1': announced(({ sessionId, itemId, motionId, text, proposedBy }, manager) =>
    changeItem(manager, sessionId, itemId, ({ motions }) => ({
      motions: [...motions, { motionId, text, proposedBy, votes: [], sealed: false }],
    })),
  ),
  'session.vote_cast.v1': announced(({ sessionId, itemId, motionId, memberId, vote }, manager) =>
    changeItem(manager, sessionId, itemId, ({ motions }) => ({
      motions: motions.map((motion) =>
        motion.motionId === motionId ? { ...motion, votes: [...motion.votes, { memberId, vote }] } : motion,
      ),
    })),
  ),
  'session.decision_recorded.v1': announced(async (data, manager) => {
    const { sessionId, itemId, proposalId, ...decision } = data;
    // as the domain seals them: every motion on the item so far, whichever one the decision counted
    await changeItem(manager, sessionId, itemId, ({ motions }) => ({
      decision,
      motions: motions.map((motion) => ({ ...motion, sealed: true })),
    }));
    // a deferred item waits for a later agenda: the proposal is still before the committee
    if (decision.outcome !== 'defer') await advanceProposal(manager, proposalId, 'decided');
    await announce(manager, { kind: 'decision_recorded', proposalId, sessionId, itemId });
  }),
  'session.minutes_published.v1': announced(({ sessionId, minutes, publishedAt }, manager) =>
    manager.update(
      CommitteeSession,
      { id: sessionId },
      { minutes, minutesPublishedAt: new Date(publishedAt) },
    ),
  ),

  'docket.item_proposed.v1': ({ proposalId, source, proposedAt }, manager) =>
    manager.upsert(DocketEntry, { proposalId, source, proposedAt: new Date(proposedAt) }, [
      'proposalId',
      'source',
    ]),

  'master_plan.adopted.v1': ({ planId, title, vision, periodFrom, periodTo, adoptedAt }, manager) =>
    manager.upsert(
      MasterPlan,
      { id: planId, title, vision, periodFrom, periodTo, adoptedAt: new Date(adoptedAt) },
      ['id'],
    ),
  'master_plan.strategy_defined.v1': ({ planId, strategyId, title }, manager) =>
    changePlan(manager, planId, ({ strategies }) => ({
      strategies: [...strategies, { strategyId, title, policies: [] }],
    })),
  'master_plan.policy_defined.v1': ({ planId, policyId, strategyId, title }, manager) =>
    changePlan(manager, planId, ({ strategies }) => ({
      strategies: strategies.map((strategy) =>
        strategy.strategyId === strategyId
          ? { ...strategy, policies: [...strategy.policies, { policyId, title }] }
          : strategy,
      ),
    })),
  'master_plan.pending_issue_recorded.v1': ({ planId, issueId, text }, manager) =>
    changePlan(manager, planId, ({ pendingIssues }) => ({
      pendingIssues: [...pendingIssues, { issueId, text }],
    })),
};
