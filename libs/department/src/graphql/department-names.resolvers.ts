import { RegisteredDepartment, departmentInDirectory } from '@hyeopchi/civic/read-model';
import { Implementation, Review } from '@hyeopchi/department/read-model';
import { ReadModels } from '@hyeopchi/gateway-kit';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { DepartmentReviews } from './departments.resolver';

const IN_DIRECTORY =
  'The department `department` names, from the directory (its names in Korean and English); null when the directory registers none.';

/** Departments by their names in the directory, beside the ids the department context keeps. */
@Resolver(() => Review)
export class ReviewDepartmentResolver {
  constructor(private readonly readModels: ReadModels) {}

  @ResolveField(() => RegisteredDepartment, { nullable: true, description: IN_DIRECTORY })
  departmentInDirectory(@Parent() review: Review, @Context('req') request: Request) {
    return departmentInDirectory(request, this.readModels.manager, review.department);
  }
}

@Resolver(() => Implementation)
export class ImplementationDepartmentResolver {
  constructor(private readonly readModels: ReadModels) {}

  @ResolveField(() => RegisteredDepartment, { nullable: true, description: IN_DIRECTORY })
  departmentInDirectory(@Parent() implementation: Implementation, @Context('req') request: Request) {
    return departmentInDirectory(request, this.readModels.manager, implementation.department);
  }
}

@Resolver(() => DepartmentReviews)
export class DepartmentReviewsNameResolver {
  constructor(private readonly readModels: ReadModels) {}

  @ResolveField(() => RegisteredDepartment, { nullable: true, description: IN_DIRECTORY })
  departmentInDirectory(@Parent() reviews: DepartmentReviews, @Context('req') request: Request) {
    return departmentInDirectory(request, this.readModels.manager, reviews.department);
  }
}
