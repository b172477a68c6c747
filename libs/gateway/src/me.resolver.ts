import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { CallerAuthenticator, ReadModels } from '@hyeopchi/gateway-kit';
import { Me } from './me';
import {
  MembershipRequest,
  Organization,
  OrganizationMember,
  publicPerson,
} from '@hyeopchi/civic/read-model';

@Resolver(() => Me)
export class MeResolver {
  constructor(
    private readonly callers: CallerAuthenticator,
    private readonly readModels: ReadModels,
  ) {}

  @Query(() => Me, {
    nullable: true,
    description:
      'Who your bearer token says you are; null without one, an UNAUTHENTICATED error for a bad one.',
  })
  async me(@Context('req') request: Request): Promise<Me | null> {
    const caller = await this.callers.callerOf(request);
    if (caller.identity) return Object.assign(new Me(), caller.identity);
    if (caller.refusal) throw new GraphQLError(caller.refusal, { extensions: { code: 'UNAUTHENTICATED' } });
    return null;
  }

  @ResolveField(() => [Organization], {
    description:
      "The organizations whose own records list you as a member, by name: those you may act for. Unlike the token's organizations, it includes one you registered or joined since signing in.",
  })
  memberOf(@Parent() me: Me): Promise<Organization[]> {
    return this.readModels.manager
      .createQueryBuilder(Organization, 'organization')
      .innerJoin(
        OrganizationMember,
        'member',
        'member.organizationId = organization.id AND member.memberId = :subject',
        { subject: me.subject },
      )
      .orderBy('organization.name')
      .getMany();
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "The name others see you by (`choosePublicName` chooses it; a committee member has the roster's until then); null while you have none.",
  })
  async displayName(@Parent() me: Me, @Context('req') request: Request): Promise<string | null> {
    return (await publicPerson(request, this.readModels.manager, me.subject))?.displayName ?? null;
  }

  @ResolveField(() => [MembershipRequest], {
    description:
      'Your requests to join organizations, the latest first: pending, or how they were answered (and why, when declined).',
  })
  membershipRequests(@Parent() me: Me): Promise<MembershipRequest[]> {
    return this.readModels.manager.find(MembershipRequest, {
      where: { requesterId: me.subject },
      order: { requestedAt: 'DESC' },
    });
  }
}
