import { AdoptThresholdPolicy, CreateCouncil } from '@hyeopchi/civic/contract';
import { DataOf } from '@hyeopchi/contract-kit';
import { CommandGate, CommandIdArgument, CommandInput, CommandMutation } from '@hyeopchi/gateway-kit';
import { Context, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';

/** What the secretariat sets up for the spaces: their support thresholds, and thematic councils. */
@Resolver()
export class SpaceSetupMutations {
  constructor(private readonly commands: CommandGate) {}

  @CommandMutation(AdoptThresholdPolicy)
  adoptThresholdPolicy(
    @Context('req') request: Request,
    @CommandInput(AdoptThresholdPolicy) input: DataOf<typeof AdoptThresholdPolicy>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, AdoptThresholdPolicy, input, commandId);
  }

  @CommandMutation(CreateCouncil)
  createCouncil(
    @Context('req') request: Request,
    @CommandInput(CreateCouncil) input: DataOf<typeof CreateCouncil>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, CreateCouncil, input, commandId);
  }
}
