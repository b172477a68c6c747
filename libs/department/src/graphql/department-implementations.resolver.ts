import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Proposal, draftedProposal } from '@hyeopchi/civic/read-model';
import { Implementation } from '@hyeopchi/department/read-model';
import { ReadModels } from '@hyeopchi/gateway-kit';

/** What a department was asked to implement, with the proposal each implements. */
@Resolver(() => Implementation)
export class DepartmentImplementationsResolver {
  constructor(private readonly readModels: ReadModels) {}

  @Query(() => [Implementation], {
    description: "A department's implementations, the most recently requested first.",
  })
  implementations(
    @Args('department', { description: 'The department id, e.g. climate.' }) department: string,
  ): Promise<Implementation[]> {
    return this.readModels.manager.find(Implementation, {
      where: { department },
      order: { requestedAt: 'DESC', id: 'ASC' },
    });
  }

  @ResolveField(() => Proposal, {
    nullable: true,
    description: 'The proposal it implements; null until the proposal is known to the read models.',
  })
  proposal(@Parent() implementation: Implementation): Promise<Proposal | null> {
    return draftedProposal(this.readModels.manager, implementation.proposalId);
  }
}
