import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Proposal, draftedProposal } from '@hyeopchi/civic/read-model';
import { AgendaItem, DocketEntry, Motion } from '@hyeopchi/committee/read-model';
import { ReadModels } from '@hyeopchi/gateway-kit';

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
    description: 'The agenda items it became, by this source, the earliest first.',
  })
  agendaItems(@Parent() entry: DocketEntry): Promise<AgendaItem[]> {
    return this.readModels.manager.find(AgendaItem, {
      where: { proposalId: entry.proposalId, source: entry.source },
      order: { addedAt: 'ASC' },
    });
  }
}
