import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { ReadModels } from '@hyeopchi/gateway-kit';
import {
  AnswerReceived,
  Person,
  Proposal,
  RegisteredDepartment,
  TimelineStep,
  departmentInDirectory,
} from '@hyeopchi/civic/read-model';

const IN_DIRECTORY =
  'The department `department` names, from the directory (its names in Korean and English); null when the directory registers none.';

/** The departments a proposal asks, by their names in the directory, beside the ids it names them by. */
@Resolver(() => Proposal)
export class ProposalDepartmentsResolver {
  constructor(private readonly readModels: ReadModels) {}

  @ResolveField(() => [RegisteredDepartment], {
    nullable: 'items',
    description:
      'The departments `departments` names, in the same order, from the directory; null for an id it does not register (written before it).',
  })
  departmentsInDirectory(
    @Parent() proposal: Proposal,
    @Context('req') request: Request,
  ): Promise<(RegisteredDepartment | null)[]> {
    return Promise.all(
      proposal.departments.map((id) => departmentInDirectory(request, this.readModels.manager, id)),
    );
  }
}

@Resolver(() => AnswerReceived)
export class AnswerDepartmentResolver {
  constructor(private readonly readModels: ReadModels) {}

  @ResolveField(() => RegisteredDepartment, { nullable: true, description: IN_DIRECTORY })
  departmentInDirectory(@Parent() answer: AnswerReceived, @Context('req') request: Request) {
    return departmentInDirectory(request, this.readModels.manager, answer.department);
  }
}

@Resolver(() => Person)
export class PersonDepartmentResolver {
  constructor(private readonly readModels: ReadModels) {}

  @ResolveField(() => RegisteredDepartment, { nullable: true, description: IN_DIRECTORY })
  departmentInDirectory(@Parent() person: Person, @Context('req') request: Request) {
    return departmentInDirectory(request, this.readModels.manager, person.department);
  }
}

@Resolver(() => TimelineStep)
export class TimelineStepDepartmentResolver {
  constructor(private readonly readModels: ReadModels) {}

  @ResolveField(() => RegisteredDepartment, { nullable: true, description: IN_DIRECTORY })
  departmentInDirectory(@Parent() step: TimelineStep, @Context('req') request: Request) {
    return departmentInDirectory(request, this.readModels.manager, step.department);
  }
}
