import { Person, publicPerson } from '@hyeopchi/civic/read-model';
import { CommitteeMember } from '@hyeopchi/committee/read-model';
import { ReadModels } from '@hyeopchi/gateway-kit';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';

@Resolver(() => CommitteeMember)
export class CommitteeMemberResolver {
  constructor(private readonly readModels: ReadModels) {}

  @ResolveField(() => Person, {
    description: "Their public profile: the name they chose, else the roster's (`name`).",
  })
  async person(@Parent() member: CommitteeMember, @Context('req') request: Request): Promise<Person> {
    // a member on the roster has a profile: the roster's name is public
    return (await publicPerson(request, this.readModels.manager, member.id))!;
  }
}
