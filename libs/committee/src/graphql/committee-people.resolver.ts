import { Person, publicPerson } from '@hyeopchi/civic/read-model';
import { Attendance, Motion, MotionVote } from '@hyeopchi/committee/read-model';
import { ReadModels } from '@hyeopchi/gateway-kit';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';

/** Members on the roster have a profile: the roster's name is public, so each of these resolves to a person. */
async function memberOnRoster(request: Request, readModels: ReadModels, memberId: string): Promise<Person> {
  return (await publicPerson(request, readModels.manager, memberId))!;
}

@Resolver(() => Attendance)
export class AttendancePersonResolver {
  constructor(private readonly readModels: ReadModels) {}

  @ResolveField(() => Person, { description: 'The member (`memberId`), as anyone may see them.' })
  member(@Parent() attendance: Attendance, @Context('req') request: Request): Promise<Person> {
    return memberOnRoster(request, this.readModels, attendance.memberId);
  }
}

@Resolver(() => Motion)
export class MotionProposerResolver {
  constructor(private readonly readModels: ReadModels) {}

  @ResolveField(() => Person, {
    description: 'The member who proposed it (`proposedBy`), as anyone may see them.',
  })
  proposer(@Parent() motion: Motion, @Context('req') request: Request): Promise<Person> {
    return memberOnRoster(request, this.readModels, motion.proposedBy);
  }
}

@Resolver(() => MotionVote)
export class MotionVotePersonResolver {
  constructor(private readonly readModels: ReadModels) {}

  @ResolveField(() => Person, { description: 'The member who voted (`memberId`), as anyone may see them.' })
  member(@Parent() vote: MotionVote, @Context('req') request: Request): Promise<Person> {
    return memberOnRoster(request, this.readModels, vote.memberId);
  }
}
