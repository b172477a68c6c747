import { Args, Parent, Query, ResolveField, Resolver, registerEnumType } from '@nestjs/graphql';
import { Proposal, draftedProposal } from '@hyeopchi/civic/read-model';
import { Review } from '@hyeopchi/department/read-model';
import { ReadModels } from '@hyeopchi/gateway-kit';

export enum ReviewStatus {
  open = 'open',
  answered = 'answered',
}
registerEnumType(ReviewStatus, {
  name: 'ReviewStatus',
  description: 'Whether a review still awaits its answer.',
});

/** A department's desk: its reviews in the order they fall due, each with the proposal it answers. */
@Resolver(() => Review)
export class ReviewQueueResolver {
  constructor(private readonly readModels: ReadModels) {}

  @Query(() => [Review], {
    description:
      "A department's reviews, the soonest due first (ties by id); all of them when no status is given.",
  })
  reviewQueue(
    @Args('department', { description: 'The department id, e.g. parks.' }) department: string,
    @Args('status', { type: () => ReviewStatus, nullable: true, description: 'Only reviews in this status.' })
    status: ReviewStatus | null,
  ): Promise<Review[]> {
    return this.readModels.manager.find(Review, {
      where: { department, ...(status ? { status } : {}) },
      order: { dueAt: 'ASC', id: 'ASC' },
    });
  }

  @ResolveField(() => Proposal, {
    nullable: true,
    description: 'The proposal it reviews; null until the proposal is known to the read models.',
  })
  proposal(@Parent() review: Review): Promise<Proposal | null> {
    return draftedProposal(this.readModels.manager, review.proposalId);
  }
}
