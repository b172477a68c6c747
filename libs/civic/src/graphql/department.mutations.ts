import {
  AssignDepartmentOfficer,
  RegisterDepartment,
  ReleaseDepartmentOfficer,
  RenameDepartment,
} from '@hyeopchi/civic/contract';
import { DataOf } from '@hyeopchi/contract-kit';
import { CommandGate, CommandIdArgument, CommandInput, CommandMutation } from '@hyeopchi/gateway-kit';
import { Context, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';

/** The department directory: registering departments, naming them, listing their officers. */
@Resolver()
export class DepartmentMutations {
  constructor(private readonly commands: CommandGate) {}

  @CommandMutation(RegisterDepartment)
  registerDepartment(
    @Context('req') request: Request,
    @CommandInput(RegisterDepartment) input: DataOf<typeof RegisterDepartment>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, RegisterDepartment, input, commandId);
  }

  @CommandMutation(RenameDepartment)
  renameDepartment(
    @Context('req') request: Request,
    @CommandInput(RenameDepartment) input: DataOf<typeof RenameDepartment>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, RenameDepartment, input, commandId);
  }

  @CommandMutation(AssignDepartmentOfficer)
  assignDepartmentOfficer(
    @Context('req') request: Request,
    @CommandInput(AssignDepartmentOfficer) input: DataOf<typeof AssignDepartmentOfficer>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, AssignDepartmentOfficer, input, commandId);
  }

  @CommandMutation(ReleaseDepartmentOfficer)
  releaseDepartmentOfficer(
    @Context('req') request: Request,
    @CommandInput(ReleaseDepartmentOfficer) input: DataOf<typeof ReleaseDepartmentOfficer>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, ReleaseDepartmentOfficer, input, commandId);
  }
}
