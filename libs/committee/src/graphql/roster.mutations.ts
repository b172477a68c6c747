import { AppointMember, DesignateCoChairs, RemoveMember } from '@hyeopchi/committee/contract';
import { DataOf } from '@hyeopchi/contract-kit';
import { CommandGate, CommandIdArgument, CommandInput, CommandMutation } from '@hyeopchi/gateway-kit';
import { Context, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';

/** The committee’s roster: who sits on it and who co-chairs it. */
@Resolver()
export class RosterMutations {
  constructor(private readonly commands: CommandGate) {}

  @CommandMutation(AppointMember)
  appointMember(
    @Context('req') request: Request,
    @CommandInput(AppointMember) input: DataOf<typeof AppointMember>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, AppointMember, input, commandId);
  }

  @CommandMutation(RemoveMember)
  removeMember(
    @Context('req') request: Request,
    @CommandInput(RemoveMember) input: DataOf<typeof RemoveMember>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, RemoveMember, input, commandId);
  }

  @CommandMutation(DesignateCoChairs)
  designateCoChairs(
    @Context('req') request: Request,
    @CommandInput(DesignateCoChairs) input: DataOf<typeof DesignateCoChairs>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, DesignateCoChairs, input, commandId);
  }
}
