import { AdoptThresholdPolicy } from '@hyeopchi/civic/contract';
import { DataOf } from '@hyeopchi/contract-kit';
import { CommandGate, CommandIdArgument, CommandInput, CommandMutation } from '@hyeopchi/gateway-kit';
import { Context, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';

/** The support thresholds proposals are held to. */
@Resolver()
export class ThresholdPolicyMutations {
  constructor(private readonly commands: CommandGate) {}

  @CommandMutation(AdoptThresholdPolicy)
  adoptThresholdPolicy(
    @Context('req') request: Request,
    @CommandInput(AdoptThresholdPolicy) input: DataOf<typeof AdoptThresholdPolicy>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, AdoptThresholdPolicy, input, commandId);
  }
}
