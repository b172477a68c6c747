import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityTarget, ObjectLiteral } from 'typeorm';
import { Organization, Proposal } from '../read-models/civic.entities';
import { CommitteeSession } from '../read-models/committee.entities';
import { Implementation, Review } from '../read-models/department.entities';
import { CommandAccepted } from './command-result';
import { ReadModels } from '../read-models/read-models';

/** The object a command changed, as queries show it: the one whose stream the command appended to. */
@Resolver(() => CommandAccepted)
export class CommandAcceptedResolver {
  constructor(private readonly readModels: ReadModels) {}

  @ResolveField(() => Proposal, {
    nullable: true,
    description: 'The proposal, when the command changed one.',
  })
  proposal(@Parent() accepted: CommandAccepted): Promise<Proposal | null> {
    return this.affected(accepted, 'civic', 'proposal-', Proposal);
  }

  @ResolveField(() => Organization, {
    nullable: true,
    description: 'The organization, when the command changed one.',
  })
  organization(@Parent() accepted: CommandAccepted): Promise<Organization | null> {
    return this.affected(accepted, 'civic', 'organization-', Organization);
  }

  @ResolveField(() => Review, { nullable: true, description: 'The review, when the command changed one.' })
  review(@Parent() accepted: CommandAccepted): Promise<Review | null> {
    return this.affected(accepted, 'department', 'review-', Review);
  }

  @ResolveField(() => Implementation, {
    nullable: true,
    description: 'The implementation, when the command changed one.',
  })
  implementation(@Parent() accepted: CommandAccepted): Promise<Implementation | null> {
    return this.affected(accepted, 'department', 'implementation-', Implementation);
  }

  @ResolveField(() => CommitteeSession, {
    nullable: true,
    description: 'The committee session, when the command changed one.',
  })
  committeeSession(@Parent() accepted: CommandAccepted): Promise<CommitteeSession | null> {
    return this.affected(accepted, 'committee', 'session-', CommitteeSession);
  }

  private async affected<T extends ObjectLiteral>(
    accepted: CommandAccepted,
    context: string,
    prefix: string,
    entity: EntityTarget<T>,
  ): Promise<T | null> {
    if (accepted.context !== context || !accepted.streamId.startsWith(prefix)) return null;
    const id = accepted.streamId.slice(prefix.length);
    const found = await this.readModels.manager.findOneBy(entity, { id } as never);
    // a proposal row that another service's event made before its draft arrived is not one yet
    return found && !(found instanceof Proposal && found.title === null) ? found : null;
  }
}
