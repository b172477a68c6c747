import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { Organization, Proposal, draftedProposal } from '@hyeopchi/civic/read-model';
import { CommitteeSession } from '@hyeopchi/committee/read-model';
import { Implementation, Review } from '@hyeopchi/department/read-model';
import { CommandAccepted, ReadModels } from '@hyeopchi/gateway-kit';

/** The object a command changed, as queries show it: the one whose stream the command appended to. */
@Resolver(() => CommandAccepted)
export class CommandAcceptedResolver {
  constructor(private readonly readModels: ReadModels) {}

  @ResolveField(() => Proposal, {
    nullable: true,
    description: 'The proposal, when the command changed one.',
  })
  proposal(@Parent() accepted: CommandAccepted): Promise<Proposal | null> {
    const id = this.idOf(accepted, 'civic', 'proposal-');
    return id === null ? Promise.resolve(null) : draftedProposal(this.readModels.manager, id);
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

  private affected<T extends ObjectLiteral>(
    accepted: CommandAccepted,
    context: string,
    prefix: string,
    entity: EntityTarget<T>,
  ): Promise<T | null> {
    const id = this.idOf(accepted, context, prefix);
    return id === null
      ? Promise.resolve(null)
      : this.readModels.manager.findOneBy(entity, { id } as unknown as FindOptionsWhere<T>);
  }

  /** The id of the object whose stream the command appended to, when it is of that kind. */
  private idOf(accepted: CommandAccepted, context: string, prefix: string): string | null {
    return accepted.context === context && accepted.streamId.startsWith(prefix)
      ? accepted.streamId.slice(prefix.length)
      : null;
  }
}
