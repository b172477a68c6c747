import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Proposal, draftedProposal } from '@hyeopchi/civic/read-model';
import { AgendaItem, CommitteeSession, Decision, DocketEntry, Motion } from '@hyeopchi/committee/read-model';
import { ReadModels } from '@hyeopchi/gateway-kit';
import { GovernanceSpace, governanceSpace } from '@hyeopchi/civic/read-model';

/** A motion with the item it was moved on, so its fields can tell who may still vote on it. */
export type MotionOnItem = Motion & { item: AgendaItem };

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  constructor(private readonly readModels: ReadModels) {}

  @ResolveField(() => Proposal, { nullable: true, description: 'The proposal it deliberates.' })
  proposal(@Parent() item: AgendaItem): Promise<Proposal | null> {
    return draftedProposal(this.readModels.manager, item.proposalId);
  }

  @ResolveField(() => [Motion], { description: 'Motions on it, with their votes.' })
  motions(@Parent() item: AgendaItem): MotionOnItem[] {
    return item.motions.map((motion) => ({ ...motion, item }));
  }
}

@Resolver(() => DocketEntry)
export class DocketEntryResolver {
  constructor(private readonly readModels: ReadModels) {}

  @ResolveField(() => Proposal, { nullable: true, description: 'The proposal.' })
  proposal(@Parent() entry: DocketEntry): Promise<Proposal | null> {
    return draftedProposal(this.readModels.manager, entry.proposalId);
  }

  @ResolveField(() => [AgendaItem], {
    description: "The agenda items it became in its space's sessions, by this source, the earliest first.",
  })
  agendaItems(@Parent() entry: DocketEntry): Promise<AgendaItem[]> {
    return this.readModels.manager
      .createQueryBuilder(AgendaItem, 'item')
      .innerJoin(CommitteeSession, 'session', 'session.id = item.sessionId')
      .where('item.proposalId = :proposalId AND item.source = :source AND session.spaceId = :spaceId', entry)
      .orderBy('item.addedAt', 'ASC')
      .getMany();
  }

  @ResolveField(() => GovernanceSpace, {
    nullable: true,
    description: 'The space whose committee was asked.',
  })
  space(@Parent() entry: DocketEntry): Promise<GovernanceSpace | null> {
    return governanceSpace(this.readModels.manager, entry.spaceId);
  }

  @ResolveField(() => GovernanceSpace, {
    nullable: true,
    description: "Where it came from: the space whose committee's decision moved it here; null otherwise.",
  })
  fromSpace(@Parent() entry: DocketEntry): Promise<GovernanceSpace | null> | null {
    return entry.fromSpaceId === null ? null : governanceSpace(this.readModels.manager, entry.fromSpaceId);
  }
}

@Resolver(() => Decision)
export class DecisionResolver {
  constructor(private readonly readModels: ReadModels) {}

  @ResolveField(() => GovernanceSpace, {
    nullable: true,
    description:
      'Where the decision moved the proposal (the city, or the district delegated to); null otherwise.',
  })
  toSpace(@Parent() decision: Decision): Promise<GovernanceSpace | null> | null {
    return decision.toSpaceId ? governanceSpace(this.readModels.manager, decision.toSpaceId) : null;
  }
}
