import { Inject } from '@nestjs/common';
import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { AgendaItem, CommitteeMember, CommitteeSession } from '../read-models/committee.entities';
import { READ_MODELS } from './read-models.token';

@Resolver(() => CommitteeSession)
export class CommitteeResolver {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

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
