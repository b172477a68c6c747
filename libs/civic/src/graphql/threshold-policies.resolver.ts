import { Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ReadModels } from '@hyeopchi/gateway-kit';
import { Proposal, ThresholdPolicyVersion } from '@hyeopchi/civic/read-model';

@Resolver(() => ThresholdPolicyVersion)
export class ThresholdPoliciesResolver {
  constructor(private readonly readModels: ReadModels) {}

  @Query(() => [ThresholdPolicyVersion], {
    description: 'Every version of the support thresholds, the one in force (the latest) first.',
  })
  thresholdPolicies(): Promise<ThresholdPolicyVersion[]> {
    return this.readModels.manager.find(ThresholdPolicyVersion, { order: { version: 'DESC' } });
  }

  @ResolveField(() => Int, { description: 'How many proposals were submitted under it, and keep it.' })
  proposalsSubmitted(@Parent() policy: ThresholdPolicyVersion): Promise<number> {
    return this.readModels.manager.countBy(Proposal, { policyVersion: policy.version });
  }
}
