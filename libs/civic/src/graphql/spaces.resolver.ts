import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ReadModels, badInput } from '@hyeopchi/gateway-kit';
import {
  GovernanceSpace,
  Proposal,
  ThresholdPolicyVersion,
  governanceSpace,
  governanceSpaces,
} from '@hyeopchi/civic/read-model';
import { EntityManager } from 'typeorm';

@Resolver(() => GovernanceSpace)
export class SpacesResolver {
  constructor(private readonly readModels: ReadModels) {}

  @Query(() => [GovernanceSpace], {
    description:
      'Every governance space: the city, its 25 districts in the order of their codes, then the councils.',
  })
  spaces(): Promise<GovernanceSpace[]> {
    return governanceSpaces(this.readModels.manager);
  }

  @Query(() => GovernanceSpace, { nullable: true, description: 'A space by id; null when there is none.' })
  space(
    @Args('id', { description: 'The space id: seoul, a district’s (Mapo-gu), a council’s.' }) id: string,
  ) {
    return governanceSpace(this.readModels.manager, id);
  }
}

/** The space a record names by id, for the field that shows its names. */
const spaceNamed = (manager: EntityManager, id: string | null) => (id ? governanceSpace(manager, id) : null);

@Resolver(() => Proposal)
export class ProposalSpaceResolver {
  constructor(private readonly readModels: ReadModels) {}

  @ResolveField(() => GovernanceSpace, {
    nullable: true,
    description:
      'The space where it is decided now, by name; null only while its drafted event is on its way.',
  })
  space(@Parent() proposal: Proposal) {
    return spaceNamed(this.readModels.manager, proposal.spaceId);
  }
}

@Resolver(() => ThresholdPolicyVersion)
export class ThresholdPolicySpaceResolver {
  constructor(private readonly readModels: ReadModels) {}

  @ResolveField(() => GovernanceSpace, { nullable: true, description: 'The space that adopted it, by name.' })
  space(@Parent() policy: ThresholdPolicyVersion) {
    return spaceNamed(this.readModels.manager, policy.spaceId);
  }
}

/** A space named in a query's arguments exists, or the caller is told which do. */
export async function knownSpaceId(
  manager: EntityManager,
  spaceId: string,
  argument: string,
): Promise<string> {
  if (!(await governanceSpace(manager, spaceId))) {
    throw badInput(`${argument} is not a space id: \`spaces\` lists them (seoul, Mapo-gu, …)`);
  }
  return spaceId;
}
