import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { CallerAuthenticator, badInput, ReadModels, rowOfRequest } from '@hyeopchi/gateway-kit';
import {
  MAX_SEARCH_CHARACTERS,
  Organization,
  Person,
  Proposal,
  publicPerson,
  countOf,
  Supporter,
  draftedProposal,
  proposalsMeeting,
  searchableText,
  TimelineStep,
} from '@hyeopchi/civic/read-model';
import { districtById } from '@hyeopchi/civic/contract';
import { AgendaItem } from '@hyeopchi/committee/read-model';
import { Implementation, Review } from '@hyeopchi/department/read-model';
import { FeedbackRound, FeedbackSummary } from '@hyeopchi/feedback/read-model';
import { SeoulDistrict } from './districts.resolver';
import { ProposalFilter, ProposalPage } from './proposal-page';
import { knownSpaceId } from './spaces.resolver';

const MAX_PAGE = 50;

/** A cursor is the sort key of the last proposal seen: pages stay right while new proposals arrive. */
function cursorOf(proposal: Proposal): string {
  return Buffer.from(JSON.stringify([proposal.draftedAt?.toISOString() ?? null, proposal.id])).toString(
    'base64url',
  );
}

function afterCursor(cursor: string): [string, string] {
  try {
    const [draftedAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const exact = typeof draftedAt === 'string' && !Number.isNaN(Date.parse(draftedAt));
    if (exact && new Date(draftedAt).toISOString() === draftedAt && typeof id === 'string') {
      return [draftedAt, id];
    }
  } catch {
    // reported below
  }
  throw badInput('`after` is not a cursor of this list: pass a pageInfo.endCursor or an edge cursor');
}

@Resolver(() => Proposal)
export class ProposalsResolver {
  constructor(
    private readonly readModels: ReadModels,
    private readonly callers: CallerAuthenticator,
  ) {}

  @Query(() => Proposal, { nullable: true, description: 'A proposal by id; null when there is none.' })
  proposal(@Args('id', { description: 'The proposal id.' }) id: string): Promise<Proposal | null> {
    return draftedProposal(this.readModels.manager, id);
  }

  @Query(() => ProposalPage, { description: 'Proposals, newest first, a page at a time.' })
  async proposals(
    @Args('filter', {
      type: () => ProposalFilter,
      nullable: true,
      description: 'Which proposals; all when left out.',
    })
    filter: ProposalFilter | null,
    @Args('first', { type: () => Int, defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE}.` })
    first: number,
    @Args('after', { nullable: true, type: () => String, description: 'The cursor to continue after.' })
    after: string | null,
  ): Promise<ProposalPage> {
    if (first < 1 || first > MAX_PAGE) throw badInput(`first must be 1 to ${MAX_PAGE}`);
    if (filter?.text && !searchableText(filter.text)) {
      throw badInput(`filter.text is at most ${MAX_SEARCH_CHARACTERS} characters`);
    }
    if (filter?.district && !districtById(filter.district)) {
      throw badInput('filter.district is not a district id: `districts` lists them (Mapo-gu, Jongno-gu, …)');
    }
    if (filter?.spaceId) await knownSpaceId(this.readModels.manager, filter.spaceId, 'filter.spaceId');
    const matching = proposalsMeeting(this.readModels.manager, filter);
    const totalCount = await countOf(matching);
    if (after) {
      const [draftedAt, id] = afterCursor(after);
      matching.andWhere('(proposal.draftedAt, proposal.id) < (:draftedAt, :id)', { draftedAt, id });
    }
    const rows = await matching
      .orderBy('proposal.draftedAt', 'DESC')
      .addOrderBy('proposal.id', 'DESC')
      .take(first + 1)
      .getMany();
    const page = rows.slice(0, first);
    const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount,
    };
  }

  @ResolveField(() => SeoulDistrict, {
    nullable: true,
    description:
      'The district it concerns, from the directory; null when `district` names none (written before it).',
  })
  districtInDirectory(@Parent() proposal: Proposal): SeoulDistrict | null {
    return districtById(proposal.district);
  }

  @ResolveField(() => Person, {
    nullable: true,
    description: 'Who drafted it, as anyone may see them (`authorId` names their account); null for none.',
  })
  author(@Parent() proposal: Proposal, @Context('req') request: Request): Promise<Person | null> {
    return publicPerson(request, this.readModels.manager, proposal.authorId);
  }

  @ResolveField(() => Organization, {
    nullable: true,
    description: 'The organization it was drafted for (`organizationId`), by name; null for none.',
  })
  async organization(
    @Parent() proposal: Proposal,
    @Context('req') request: Request,
  ): Promise<Organization | null> {
    if (!proposal.organizationId) return null;
    return (
      (await rowOfRequest(request, this.readModels.manager, Organization, proposal.organizationId)) ?? null
    );
  }

  @ResolveField(() => [Review], { description: 'The reviews of the departments asked, lead first.' })
  reviews(@Parent() proposal: Proposal): Promise<Review[]> {
    return this.readModels.manager.find(Review, {
      where: { proposalId: proposal.id },
      order: { lead: 'DESC', department: 'ASC' },
    });
  }

  @ResolveField(() => [AgendaItem], {
    description: 'Its committee agenda items, with motions, votes and decisions.',
  })
  agendaItems(@Parent() proposal: Proposal): Promise<AgendaItem[]> {
    return this.readModels.manager.find(AgendaItem, {
      where: { proposalId: proposal.id },
      order: { addedAt: 'ASC' },
    });
  }

  @ResolveField(() => Implementation, {
    nullable: true,
    description: 'Its implementation once adopted; the latest when a later decision asked for another.',
  })
  implementation(@Parent() proposal: Proposal): Promise<Implementation | null> {
    return this.readModels.manager.findOne(Implementation, {
      where: { proposalId: proposal.id },
      order: { requestedAt: 'DESC' },
    });
  }

  @ResolveField(() => [FeedbackSummary], {
    description: 'Feedback on its answers, decisions and implementation.',
  })
  async feedback(@Parent() proposal: Proposal): Promise<FeedbackSummary[]> {
    const rounds = await this.readModels.manager.find(FeedbackRound, {
      where: { proposalId: proposal.id },
      order: { target: 'ASC', targetId: 'ASC' },
    });
    return rounds.map(({ target, targetId, invited, given, ratingSum }) => ({
      target,
      targetId,
      invited,
      given,
      meanRating: given === 0 ? null : ratingSum / given,
    }));
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the caller supports it now: false when signed out, and over subscriptions.',
  })
  async supportedByMe(@Parent() proposal: Proposal, @Context('req') request?: Request): Promise<boolean> {
    // a subscription's context has no request: it says nothing of anyone's support
    const identity = request ? await this.callers.identityOf(request) : null;
    if (!identity) return false;
    return this.readModels.manager.existsBy(Supporter, {
      proposalId: proposal.id,
      supporterId: identity.subject,
    });
  }

  @ResolveField(() => [TimelineStep], {
    description: 'Its whole journey across the services, oldest step first, with when and who.',
  })
  timeline(@Parent() proposal: Proposal): Promise<TimelineStep[]> {
    return this.readModels.manager.find(TimelineStep, {
      where: { proposalId: proposal.id },
      order: { at: 'ASC', position: 'ASC' },
    });
  }

  @ResolveField(() => [Supporter], {
    description: 'Who supports it: auditors and admins only (others get a FORBIDDEN error on this field).',
  })
  async supporters(@Parent() proposal: Proposal, @Context('req') request: Request): Promise<Supporter[]> {
    const identity = await this.callers.identityOf(request);
    if (!identity?.roles.some((role) => role === 'auditor' || role === 'admin')) {
      throw new GraphQLError("supporters' identities are visible to auditors and admins only", {
        extensions: { code: 'FORBIDDEN' },
      });
    }
    return this.readModels.manager.find(Supporter, {
      where: { proposalId: proposal.id },
      order: { supportedAt: 'ASC' },
    });
  }
}
