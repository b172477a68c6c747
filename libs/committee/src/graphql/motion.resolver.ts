import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { CallerAuthenticator, ReadModels } from '@hyeopchi/gateway-kit';
import { CommitteeSession, Motion, Tally } from '@hyeopchi/committee/read-model';
import type { MotionOnItem } from './agenda-item.resolver';
import { VoteBlocker, voteBlocker } from './vote-blocker';

@Resolver(() => Motion)
export class MotionResolver {
  constructor(
    private readonly readModels: ReadModels,
    private readonly callers: CallerAuthenticator,
  ) {}

  @ResolveField(() => Tally, { description: 'Its votes counted so far, as a decision would count them.' })
  tally(@Parent() motion: Motion): Tally {
    const tally: Tally = { for: 0, against: 0, abstain: 0 };
    for (const { vote } of motion.votes) tally[vote as keyof Tally]++;
    return tally;
  }

  @ResolveField(() => String, { nullable: true, description: 'Your vote on it; null if you did not vote.' })
  async yourVote(@Parent() motion: Motion, @Context('req') request: Request): Promise<string | null> {
    const identity = await this.callers.identityOf(request);
    return motion.votes.find((vote) => vote.memberId === identity?.subject)?.vote ?? null;
  }

  @ResolveField(() => VoteBlocker, {
    nullable: true,
    description: 'Why you cannot vote on it now (the code CastVote would refuse with); null when you can.',
  })
  async votingBlockedBy(
    @Parent() motion: MotionOnItem,
    @Context('req') request: Request,
  ): Promise<VoteBlocker | null> {
    const [identity, session] = await Promise.all([
      this.callers.identityOf(request),
      this.readModels.manager.findOneByOrFail(CommitteeSession, { id: motion.item.sessionId }),
    ]);
    return voteBlocker(identity?.subject ?? null, session, motion.item, motion);
  }
}
