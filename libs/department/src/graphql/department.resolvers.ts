import {
  DepartmentReviewsNameResolver,
  ImplementationDepartmentResolver,
  ReviewDepartmentResolver,
} from './department-names.resolvers';
import { DepartmentImplementationsResolver } from './department-implementations.resolver';
import { DepartmentsResolver } from './departments.resolver';
import { ImplementationMutations } from './implementation.mutations';
import { ReviewDeadlineResolver } from './review-deadline.resolver';
import { ReviewMutations } from './review.mutations';
import { InterimAnswerPersonResolver, ReviewPeopleResolver } from './review-people.resolver';
import { ReviewQueueResolver } from './review-queue.resolver';

/** The department context's queries and mutations. */
export const departmentResolvers = [
  ReviewDeadlineResolver,
  ReviewQueueResolver,
  ReviewPeopleResolver,
  InterimAnswerPersonResolver,
  DepartmentImplementationsResolver,
  DepartmentsResolver,
  ReviewMutations,
  ImplementationMutations,
  ReviewDepartmentResolver,
  ImplementationDepartmentResolver,
  DepartmentReviewsNameResolver,
];
