import { Args, Context, Resolver, Subscription } from '@nestjs/graphql';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { CallerAuthenticator, ReadModelChangeListener, ReadModels } from '@hyeopchi/gateway-kit';
import { Proposal, Supporter, draftedProposal } from '@hyeopchi/civic/read-model';
import { AgendaItem } from '@hyeopchi/committee/read-model';

/** Live changes over graphql-ws, as every gateway's projections announce them. */
@Resolver()
export class SubscriptionsResolver {
  constructor(
    private readonly readModels: ReadModels,
    private readonly changes: ReadModelChangeListener,
    private readonly callers: CallerAuthenticator,
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

  @Subscription(() => Proposal, {
    description:
      "Your proposals, each as it is after its status changed: those you drafted and those you support at the time. Needs your bearer token (the connection's authorization parameter).",
  })
  async myProposalsChanged(
    @Context('req') request: Request,
  ): Promise<AsyncIterableIterator<{ myProposalsChanged: Proposal }>> {
    const caller = await this.callers.callerOf(request);
    if (!caller.identity) {
      throw new GraphQLError(caller.refusal ?? 'sign in to follow your proposals', {
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
    const { identity } = caller;
    const { manager } = this.readModels;
    return this.changes.listen(async (change) => {
      if (change.kind !== 'proposal_status') return null;
      const proposal = await draftedProposal(manager, change.proposalId);
      if (!proposal) return null;
      const yours =
        proposal.authorId === identity.subject ||
        (await manager.existsBy(Supporter, { proposalId: proposal.id, supporterId: identity.subject }));
      return yours ? { myProposalsChanged: proposal } : null;
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
