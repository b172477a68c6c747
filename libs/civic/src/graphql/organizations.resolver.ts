import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { CallerAuthenticator, ReadModels } from '@hyeopchi/gateway-kit';
import { districtById } from '@hyeopchi/civic/contract';
import {
  MembershipRequest,
  Organization,
  OrganizationMember,
  Person,
  publicPerson,
} from '@hyeopchi/civic/read-model';
import { SeoulDistrict } from './districts.resolver';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(
    private readonly readModels: ReadModels,
    private readonly callers: CallerAuthenticator,
  ) {}

  @Query(() => Organization, {
    nullable: true,
    description: 'An organization by id; null when there is none.',
  })
  organization(
    @Args('id', { description: 'The organization id.' }) id: string,
  ): Promise<Organization | null> {
    return this.readModels.manager.findOneBy(Organization, { id });
  }

  @Query(() => [Organization], {
    description:
      'Organizations by name; `verified` picks those the secretariat vouches for (true) or those awaiting verification (false).',
  })
  organizations(
    @Args('verified', {
      type: () => Boolean,
      nullable: true,
      description: 'Only verified ones (true), only unverified ones (false); all when omitted.',
    })
    verified: boolean | null,
  ): Promise<Organization[]> {
    return this.readModels.manager.find(Organization, {
      where: verified === null || verified === undefined ? {} : { verified },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  @ResolveField(() => Person, {
    nullable: true,
    description: 'Who in the secretariat verified it, as anyone may see them; null while unverified.',
  })
  verifier(@Parent() organization: Organization, @Context('req') request: Request): Promise<Person | null> {
    return publicPerson(request, this.readModels.manager, organization.verifiedBy);
  }

  @ResolveField(() => SeoulDistrict, {
    nullable: true,
    description:
      'The district it works in, from the directory; null when `district` names none (written before it).',
  })
  districtInDirectory(@Parent() organization: Organization): SeoulDistrict | null {
    return districtById(organization.district);
  }

  @ResolveField(() => [OrganizationMember], { description: 'Its members, administrators first.' })
  members(@Parent() organization: Organization): Promise<OrganizationMember[]> {
    return this.readModels.manager.find(OrganizationMember, {
      where: { organizationId: organization.id },
      order: { role: 'ASC', joinedAt: 'ASC' },
    });
  }

  @ResolveField(() => [MembershipRequest], {
    description:
      'Requests to join it that await an answer, oldest first: its administrators and auditors only (others get a FORBIDDEN error on this field).',
  })
  async membershipRequests(
    @Parent() organization: Organization,
    @Context('req') request: Request,
  ): Promise<MembershipRequest[]> {
    const identity = await this.callers.identityOf(request);
    const mayRead =
      identity !== null &&
      (identity.roles.includes('auditor') ||
        (await this.readModels.manager.existsBy(OrganizationMember, {
          organizationId: organization.id,
          memberId: identity.subject,
          role: 'cso_admin',
        })));
    if (!mayRead) {
      throw new GraphQLError(
        `requests to join ${organization.name} are for its administrators and auditors only`,
        {
          extensions: { code: 'FORBIDDEN' },
        },
      );
    }
    return this.readModels.manager.find(MembershipRequest, {
      where: { organizationId: organization.id, status: 'pending' },
      order: { requestedAt: 'ASC' },
    });
  }
}

@Resolver(() => MembershipRequest)
export class MembershipRequestPersonResolver {
  constructor(private readonly readModels: ReadModels) {}

  @ResolveField(() => Person, {
    nullable: true,
    description: 'Who asked to join (`requesterId`), as anyone may see them.',
  })
  requester(
    @Parent() membership: MembershipRequest,
    @Context('req') request: Request,
  ): Promise<Person | null> {
    return publicPerson(request, this.readModels.manager, membership.requesterId);
  }
}
