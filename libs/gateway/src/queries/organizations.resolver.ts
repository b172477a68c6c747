import { Inject } from '@nestjs/common';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Organization, OrganizationMember } from '../read-models/civic.entities';
import { READ_MODELS } from './read-models.token';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @Query(() => Organization, {
    nullable: true,
    description: 'An organization by id; null when there is none.',
  })
  organization(
    @Args('id', { description: 'The organization id.' }) id: string,
  ): Promise<Organization | null> {
    return this.readModels.manager.findOneBy(Organization, { id });
  }

  @ResolveField(() => [OrganizationMember], { description: 'Its members, administrators first.' })
  members(@Parent() organization: Organization): Promise<OrganizationMember[]> {
    return this.readModels.manager.find(OrganizationMember, {
      where: { organizationId: organization.id },
      order: { role: 'ASC', joinedAt: 'ASC' },
    });
  }
}
