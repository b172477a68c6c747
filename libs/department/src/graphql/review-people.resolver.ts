import { Person, publicPerson } from '@hyeopchi/civic/read-model';
import { InterimAnswer, Review } from '@hyeopchi/department/read-model';
import { ReadModels } from '@hyeopchi/gateway-kit';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';

/** The officials of a review, as anyone may see them, beside the ids that name their accounts. */
@Resolver(() => Review)
export class ReviewPeopleResolver {
  constructor(private readonly readModels: ReadModels) {}

  @ResolveField(() => Person, { nullable: true, description: 'The officer assigned (`officerId`), if any.' })
  officer(@Parent() review: Review, @Context('req') request: Request): Promise<Person | null> {
    return publicPerson(request, this.readModels.manager, review.officerId);
  }

  @ResolveField(() => Person, {
    nullable: true,
    description: 'The officer who answered (`answeredBy`), if one did.',
  })
  answerer(@Parent() review: Review, @Context('req') request: Request): Promise<Person | null> {
    return publicPerson(request, this.readModels.manager, review.answeredBy);
  }
}

@Resolver(() => InterimAnswer)
export class InterimAnswerPersonResolver {
  constructor(private readonly readModels: ReadModels) {}

  @ResolveField(() => Person, {
    nullable: true,
    description: 'The officer who gave it (`givenBy`), as anyone may see them.',
  })
  giver(@Parent() answer: InterimAnswer, @Context('req') request: Request): Promise<Person | null> {
    return publicPerson(request, this.readModels.manager, answer.givenBy);
  }
}
