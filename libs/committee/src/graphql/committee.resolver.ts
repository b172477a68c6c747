import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgendaItem, CommitteeMember, CommitteeSession, DocketEntry } from '@hyeopchi/committee/read-model';
import { ReadModels } from '@hyeopchi/gateway-kit';
import { presentMembers } from './vote-blocker';

@Resolver(() => CommitteeSession)
export class CommitteeResolver {
  constructor(private readonly readModels: ReadModels) {}

  @Query(() => [CommitteeSession], { description: 'Committee sessions, the latest first.' })
  committeeSessions(): Promise<CommitteeSession[]> {
    return this.readModels.manager.find(CommitteeSession, { order: { scheduledFor: 'DESC', id: 'ASC' } });
  }

  @Query(() => CommitteeSession, { nullable: true, description: 'One committee session; null if unknown.' })
  committeeSession(
    @Args('id', { type: () => String, description: 'The session.' }) id: string,
  ): Promise<CommitteeSession | null> {
    return this.readModels.manager.findOneBy(CommitteeSession, { id });
  }

  @Query(() => [CommitteeMember], { description: 'The members sitting on the governance committee now.' })
  committeeMembers(): Promise<CommitteeMember[]> {
    return this.readModels.manager.find(CommitteeMember, { where: { active: true }, order: { id: 'ASC' } });
  }

  @Query(() => [DocketEntry], {
    description:
      'What the committee was asked to deliberate, the oldest first: the chair puts it on an agenda.',
  })
  committeeDocket(): Promise<DocketEntry[]> {
    return this.readModels.manager.find(DocketEntry, { order: { proposedAt: 'ASC', proposalId: 'ASC' } });
  }

  @ResolveField(() => [AgendaItem], { description: 'Its agenda, in the order items were added.' })
  agenda(@Parent() session: CommitteeSession): Promise<AgendaItem[]> {
    return this.readModels.manager.find(AgendaItem, {
      where: { sessionId: session.id },
      order: { addedAt: 'ASC' },
    });
  }

  @ResolveField(() => Int, { description: 'How many members are recorded present now.' })
  present(@Parent() session: CommitteeSession): number {
    return presentMembers(session).length;
  }

  @ResolveField(() => Boolean, { description: 'Whether enough members are present to vote and decide.' })
  quorumMet(@Parent() session: CommitteeSession): boolean {
    return presentMembers(session).length >= session.quorum;
  }
}
