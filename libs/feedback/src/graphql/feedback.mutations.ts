import { DataOf } from '@hyeopchi/contract-kit';
import { GiveFeedback } from '@hyeopchi/feedback/contract';
import { CommandGate, CommandIdArgument, CommandInput, CommandMutation } from '@hyeopchi/gateway-kit';
import { Context, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';

/** Feedback on a proposal's answers, decisions and implementation, from the people invited to rate them. */
@Resolver()
export class FeedbackMutations {
  constructor(private readonly commands: CommandGate) {}

  @CommandMutation(GiveFeedback)
  giveFeedback(
    @Context('req') request: Request,
    @CommandInput(GiveFeedback) input: DataOf<typeof GiveFeedback>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, GiveFeedback, input, commandId);
  }
}
