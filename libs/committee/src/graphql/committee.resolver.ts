import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgendaItem, CommitteeMember, CommitteeSession, DocketEntry } from '@hyeopchi/committee/read-model';
import { ReadModels } from '@hyeopchi/gateway-kit';
import { GovernanceSpace, governanceSpace } from '@hyeopchi/civic/read-model';
import { SPACE_ARGUMENT } from './space-argument';
import { presentMembers } from './vote-blocker';

@Resolver(() => CommitteeSession)
export class CommitteeResolver {
  constructor(private readonly readModels: ReadModels) {}

  @Query(() => [CommitteeSession], { description: "A space's committee sessions, the latest first." })
  committeeSessions(@Args('spaceId', SPACE_ARGUMENT) spaceId: string): Promise<CommitteeSession[]> {
    return this.readModels.manager.find(CommitteeSession, {
      where: { spaceId },
      order: { scheduledFor: 'DESC', id: 'ASC' },
    });
  }

  @Query(() => CommitteeSession, { nullable: true, description: 'One committee session; null if unknown.' })
  committeeSession(
    @Args('id', { type: () => String, description: 'The session.' }) id: string,
  ): Promise<CommitteeSession | null> {
    return this.readModels.manager.findOneBy(CommitteeSession, { id });
  }

  @Query(() => [CommitteeMember], { description: "The members sitting on a space's committee now." })
  committeeMembers(@Args('spaceId', SPACE_ARGUMENT) spaceId: string): Promise<CommitteeMember[]> {
    return this.readModels.manager.find(CommitteeMember, {
      where: { spaceId, active: true },
      order: { id: 'ASC' },
    });
  }

  @Query(() => [DocketEntry], {
    description:
      "What a space's committee was asked to deliberate, the oldest first: its chair puts it on an agenda.",
  })
  committeeDocket(@Args('spaceId', SPACE_ARGUMENT) spaceId: string): Promise<DocketEntry[]> {
    return this.readModels.manager.find(DocketEntry, {
      where: { spaceId },
      order: { proposedAt: 'ASC', proposalId: 'ASC' },
    });
  }

  @ResolveField(() => GovernanceSpace, { nullable: true, description: 'The space whose committee meets.' })
  space(@Parent() session: CommitteeSession): Promise<GovernanceSpace | null> {
    return governanceSpace(this.readModels.manager, session.spaceId);
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
