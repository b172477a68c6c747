import {
  ApproveMembership,
  DeclineMembership,
  JoinOrganization,
  LeaveOrganization,
  RegisterOrganization,
  RenameOrganization,
  RequestMembership,
  RevokeOrganizationVerification,
  VerifyOrganization,
  WithdrawMembershipRequest,
} from '@hyeopchi/civic/contract';
import { DataOf } from '@hyeopchi/contract-kit';
import { CommandGate, CommandIdArgument, CommandInput, CommandMutation } from '@hyeopchi/gateway-kit';
import { Context, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';

/** Organizations: registering, verifying, and who belongs to them. */
@Resolver()
export class OrganizationMutations {
  constructor(private readonly commands: CommandGate) {}

  @CommandMutation(RegisterOrganization)
  registerOrganization(
    @Context('req') request: Request,
    @CommandInput(RegisterOrganization) input: DataOf<typeof RegisterOrganization>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, RegisterOrganization, input, commandId);
  }

  @CommandMutation(VerifyOrganization)
  verifyOrganization(
    @Context('req') request: Request,
    @CommandInput(VerifyOrganization) input: DataOf<typeof VerifyOrganization>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, VerifyOrganization, input, commandId);
  }

  @CommandMutation(RevokeOrganizationVerification)
  revokeOrganizationVerification(
    @Context('req') request: Request,
    @CommandInput(RevokeOrganizationVerification) input: DataOf<typeof RevokeOrganizationVerification>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, RevokeOrganizationVerification, input, commandId);
  }

  @CommandMutation(RenameOrganization)
  renameOrganization(
    @Context('req') request: Request,
    @CommandInput(RenameOrganization) input: DataOf<typeof RenameOrganization>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, RenameOrganization, input, commandId);
  }

  @CommandMutation(JoinOrganization)
  joinOrganization(
    @Context('req') request: Request,
    @CommandInput(JoinOrganization) input: DataOf<typeof JoinOrganization>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, JoinOrganization, input, commandId);
  }

  @CommandMutation(LeaveOrganization)
  leaveOrganization(
    @Context('req') request: Request,
    @CommandInput(LeaveOrganization) input: DataOf<typeof LeaveOrganization>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, LeaveOrganization, input, commandId);
  }

  @CommandMutation(RequestMembership)
  requestMembership(
    @Context('req') request: Request,
    @CommandInput(RequestMembership) input: DataOf<typeof RequestMembership>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, RequestMembership, input, commandId);
  }

  @CommandMutation(ApproveMembership)
  approveMembership(
    @Context('req') request: Request,
    @CommandInput(ApproveMembership) input: DataOf<typeof ApproveMembership>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, ApproveMembership, input, commandId);
  }

  @CommandMutation(DeclineMembership)
  declineMembership(
    @Context('req') request: Request,
    @CommandInput(DeclineMembership) input: DataOf<typeof DeclineMembership>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, DeclineMembership, input, commandId);
  }

  @CommandMutation(WithdrawMembershipRequest)
  withdrawMembershipRequest(
    @Context('req') request: Request,
    @CommandInput(WithdrawMembershipRequest) input: DataOf<typeof WithdrawMembershipRequest>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, WithdrawMembershipRequest, input, commandId);
  }
}
