import { Args, Resolver, Subscription } from '@nestjs/graphql';
import { ReadModelChangeListener } from '../read-models/change-listener';
import { Proposal, draftedProposal } from '../read-models/civic.entities';
import { AgendaItem } from '../read-models/committee.entities';
import { ReadModels } from '../read-models/read-models';

/** Live changes over graphql-ws, as every gateway's projections announce them. */
@Resolver()
export class SubscriptionsResolver {
  constructor(
    private readonly readModels: ReadModels,
    private readonly changes: ReadModelChangeListener,
  ) {}

  @Subscription(() => Proposal, {
    description: 'A proposal as it is after its status changed; only the given proposal when an id is given.',
  })
  proposalStatusChanged(
    @Args('proposalId', { type: () => String, nullable: true, description: 'Only this proposal.' })
    proposalId: string | null,
  ): AsyncIterableIterator<{ proposalStatusChanged: Proposal }> {
    return this.changes.listen(async (change) => {
      if (change.kind !== 'proposal_status' || (proposalId && change.proposalId !== proposalId)) return null;
      const proposal = await draftedProposal(this.readModels.manager, change.proposalId);
      return proposal && { proposalStatusChanged: proposal };
    });
  }

  @Subscription(() => AgendaItem, {
    description: 'Each decision the committee records, with the agenda item it decides.',
  })
  decisionRecorded(): AsyncIterableIterator<{ decisionRecorded: AgendaItem }> {
    return this.changes.listen(async (change) => {
      if (change.kind !== 'decision_recorded') return null;
      const { sessionId, itemId } = change;
      const item = await this.readModels.manager.findOneBy(AgendaItem, { sessionId, itemId });
      return item && { decisionRecorded: item };
    });
  }
}
