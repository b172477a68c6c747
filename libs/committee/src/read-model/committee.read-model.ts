import { AgendaItem, CommitteeMember, CommitteeSession, DocketEntry, MasterPlan } from './committee.entities';
import { PlanIndicator } from './indicator.entities';

/** The committee context's tables in the read models. */
export const committeeEntities = [
  CommitteeMember,
  CommitteeSession,
  AgendaItem,
  DocketEntry,
  MasterPlan,
  PlanIndicator,
];
