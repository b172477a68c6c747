import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { ReadModels } from '@hyeopchi/gateway-kit';
import { Person, RegisteredDepartment, publicPerson } from '@hyeopchi/civic/read-model';

@Resolver(() => RegisteredDepartment)
export class DepartmentsDirectoryResolver {
  constructor(private readonly readModels: ReadModels) {}

  @Query(() => [RegisteredDepartment], {
    description: 'The departments in the directory, by id; only those serving one space when it is given.',
  })
  departments(
    @Args('spaceId', {
      type: () => String,
      nullable: true,
      description: 'The space they serve: the city (seoul), a district (Mapo-gu) or a council.',
    })
    spaceId: string | null,
  ): Promise<RegisteredDepartment[]> {
    return this.readModels.manager.find(RegisteredDepartment, {
      where: spaceId ? { spaceId } : {},
      order: { id: 'ASC' },
    });
  }

  @ResolveField(() => [Person], {
    description:
      'Its officers as the directory lists them, in public, in the order they were listed. Acting for it takes a sign-in that names the department.',
  })
  async officers(
    @Parent() department: RegisteredDepartment,
    @Context('req') request: Request,
  ): Promise<Person[]> {
    const people = await Promise.all(
      department.officerIds.map((id) => publicPerson(request, this.readModels.manager, id)),
    );
    return people.filter((person): person is Person => person !== null);
  }
}
