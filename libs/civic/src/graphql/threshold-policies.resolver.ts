import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CITY_SPACE_ID } from '@hyeopchi/domain-kernel';
import { ReadModels } from '@hyeopchi/gateway-kit';
import { Proposal, ThresholdPolicyVersion } from '@hyeopchi/civic/read-model';
import { knownSpaceId } from './spaces.resolver';

@Resolver(() => ThresholdPolicyVersion)
export class ThresholdPoliciesResolver {
  constructor(private readonly readModels: ReadModels) {}

  @Query(() => [ThresholdPolicyVersion], {
    description:
      'Every version of a space’s support thresholds, the latest adopted first (one adopted for a later day is not in force yet: see takesEffectAt).',
  })
  async thresholdPolicies(
    @Args('spaceId', { defaultValue: CITY_SPACE_ID, description: 'The space; the city when left out.' })
    spaceId: string,
  ): Promise<ThresholdPolicyVersion[]> {
    await knownSpaceId(this.readModels.manager, spaceId, 'spaceId');
    return this.readModels.manager.find(ThresholdPolicyVersion, {
      where: { spaceId },
      order: { version: 'DESC' },
    });
  }

  @ResolveField(() => Int, { description: 'How many proposals were submitted under it, and keep it.' })
  proposalsSubmitted(@Parent() policy: ThresholdPolicyVersion): Promise<number> {
    return this.readModels.manager.countBy(Proposal, {
      policySpaceId: policy.spaceId,
      policyVersion: policy.version,
    });
  }
}
