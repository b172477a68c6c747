import { civicAggregates } from '@hyeopchi/civic/contract';
import { civicEntities, civicProjections, proposalSearchSql } from '@hyeopchi/civic/read-model';
import { civicResolvers } from '@hyeopchi/civic/graphql';
import { committeeAggregates } from '@hyeopchi/committee/contract';
import { committeeEntities, committeeProjections } from '@hyeopchi/committee/read-model';
import { committeeResolvers } from '@hyeopchi/committee/graphql';
import { AggregateContract } from '@hyeopchi/contract-kit';
import { departmentAggregates } from '@hyeopchi/department/contract';
import { departmentEntities, departmentProjections } from '@hyeopchi/department/read-model';
import { departmentResolvers } from '@hyeopchi/department/graphql';
import { feedbackAggregates } from '@hyeopchi/feedback/contract';
import { feedbackEntities, feedbackProjections } from '@hyeopchi/feedback/read-model';
import { feedbackResolvers } from '@hyeopchi/feedback/graphql';
import { Projections } from '@hyeopchi/gateway-kit';

/**
 * What the gateway takes from each context: its aggregates (the commands people send, the streams auditors
 * view), its read models and their projections, its queries and mutations. A new context is added here.
 */
export const AGGREGATES: readonly AggregateContract[] = [
  ...civicAggregates,
  ...departmentAggregates,
  ...committeeAggregates,
  ...feedbackAggregates,
];

/** Every command people may send: the ones with an API. */
export const PUBLIC_COMMANDS = AGGREGATES.flatMap((aggregate) => aggregate.commands).filter(
  (command) => command.api,
);

export const CONTEXT_ENTITIES = [
  ...civicEntities,
  ...departmentEntities,
  ...committeeEntities,
  ...feedbackEntities,
];

/** What TypeORM cannot declare on an entity (functions, expression indexes), given a quoted schema. */
export const CONTEXT_READ_MODEL_SQL: readonly ((schema: string) => string[])[] = [proposalSearchSql];

export const CONTEXT_PROJECTIONS: Readonly<Record<string, Projections>> = {
  civic: civicProjections,
  department: departmentProjections,
  committee: committeeProjections,
  feedback: feedbackProjections,
};

export const CONTEXT_RESOLVERS = [
  ...civicResolvers,
  ...departmentResolvers,
  ...committeeResolvers,
  ...feedbackResolvers,
];
