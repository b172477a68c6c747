import { perceptionGap } from '@hyeopchi/feedback/contract';
import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Proposal, draftedProposals } from '@hyeopchi/civic/read-model';
import { MasterPlan, PlanIndicator, PlanPolicy, Strategy } from '@hyeopchi/committee/read-model';
import { PerceptionGap, SurveyRecord } from '@hyeopchi/feedback/read-model';
import { ReadModels } from '@hyeopchi/gateway-kit';
import { IsNull } from 'typeorm';

function proposalsServing(readModels: ReadModels, ids: string[]): Promise<Proposal[]> {
  return draftedProposals(readModels.manager)
    .andWhere('proposal.serves && :ids', { ids })
    .orderBy('proposal.draftedAt', 'DESC')
    .getMany();
}

@Resolver(() => MasterPlan)
export class MasterPlanResolver {
  constructor(private readonly readModels: ReadModels) {}

  @Query(() => MasterPlan, {
    nullable: true,
    description: 'The master plan adopted last; null before one is.',
  })
  masterPlan(): Promise<MasterPlan | null> {
    return this.readModels.manager.findOne(MasterPlan, { where: {}, order: { adoptedAt: 'DESC' } });
  }

  @Query(() => [MasterPlan], {
    description: 'Every master plan adopted, the one in force (adopted last) first: earlier ones are kept.',
  })
  masterPlans(): Promise<MasterPlan[]> {
    return this.readModels.manager.find(MasterPlan, { order: { adoptedAt: 'DESC', id: 'ASC' } });
  }

  @Query(() => [PerceptionGap], {
    description: 'Perception gaps between the sectors, per survey, the earliest opened first.',
  })
  async perceptionGaps(): Promise<PerceptionGap[]> {
    const surveys = await this.readModels.manager.find(SurveyRecord, {
      order: { openedAt: 'ASC', id: 'ASC' },
    });
    return surveys.flatMap(({ id, question, openedAt, state }) => {
      const gap = perceptionGap(state);
      return gap ? [{ ...gap, surveyId: id, question, openedAt, open: state.status === 'open' }] : [];
    });
  }
}

@Resolver(() => Strategy)
export class StrategyResolver {
  constructor(private readonly readModels: ReadModels) {}

  @ResolveField(() => [Proposal], {
    description:
      'Proposals that serve this strategy or one of its policies, with their decisions and progress.',
  })
  proposals(@Parent() strategy: Strategy): Promise<Proposal[]> {
    return proposalsServing(this.readModels, [
      strategy.strategyId,
      ...strategy.policies.map((policy) => policy.policyId),
    ]);
  }
}

@Resolver(() => PlanPolicy)
export class PlanPolicyResolver {
  constructor(private readonly readModels: ReadModels) {}

  @ResolveField(() => [Proposal], { description: 'Proposals that serve this policy.' })
  proposals(@Parent() policy: PlanPolicy): Promise<Proposal[]> {
    return proposalsServing(this.readModels, [policy.policyId]);
  }

  @ResolveField(() => [PlanIndicator], {
    description:
      'Its indicators in use, the first defined first: defined under any plan version that has this policy.',
  })
  indicators(@Parent() policy: PlanPolicy): Promise<PlanIndicator[]> {
    return this.readModels.manager.find(PlanIndicator, {
      where: { policyId: policy.policyId, retiredAt: IsNull() },
      order: { definedAt: 'ASC', id: 'ASC' },
    });
  }
}
