import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgendaItem, CommitteeMember, CommitteeSession } from '../read-models/committee.entities';
import { ReadModels } from '../read-models/read-models';

@Resolver(() => CommitteeSession)
export class CommitteeResolver {
  constructor(private readonly readModels: ReadModels) {}

  @Query(() => [CommitteeSession], { description: 'Committee sessions, the latest first.' })
  committeeSessions(): Promise<CommitteeSession[]> {
    return this.readModels.manager.find(CommitteeSession, { order: { scheduledFor: 'DESC', id: 'ASC' } });
  }

  @Query(() => [CommitteeMember], { description: 'The members sitting on the governance committee now.' })
  committeeMembers(): Promise<CommitteeMember[]> {
    return this.readModels.manager.find(CommitteeMember, { where: { active: true }, order: { id: 'ASC' } });
  }

  @ResolveField(() => [AgendaItem], { description: 'Its agenda, in the order items were added.' })
  agenda(@Parent() session: CommitteeSession): Promise<AgendaItem[]> {
    return this.readModels.manager.find(AgendaItem, {
      where: { sessionId: session.id },
      order: { addedAt: 'ASC' },
    });
  }
}
