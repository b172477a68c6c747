import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Organization, OrganizationMember } from '../read-models/civic.entities';
import { ReadModels } from '../read-models/read-models';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(private readonly readModels: ReadModels) {}

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
