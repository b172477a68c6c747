import { AnswerReview, AssignOfficer, GiveInterimAnswer } from '@hyeopchi/department/contract';
import { DataOf } from '@hyeopchi/contract-kit';
import { CommandGate, CommandIdArgument, CommandInput, CommandMutation } from '@hyeopchi/gateway-kit';
import { Context, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';

/** Reviews: assigning an officer, interim answers and the department's answer. */
@Resolver()
export class ReviewMutations {
  constructor(private readonly commands: CommandGate) {}

  @CommandMutation(AssignOfficer)
  assignOfficer(
    @Context('req') request: Request,
    @CommandInput(AssignOfficer) input: DataOf<typeof AssignOfficer>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, AssignOfficer, input, commandId);
  }

  @CommandMutation(GiveInterimAnswer)
  giveInterimAnswer(
    @Context('req') request: Request,
    @CommandInput(GiveInterimAnswer) input: DataOf<typeof GiveInterimAnswer>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, GiveInterimAnswer, input, commandId);
  }

  @CommandMutation(AnswerReview)
  answerReview(
    @Context('req') request: Request,
    @CommandInput(AnswerReview) input: DataOf<typeof AnswerReview>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, AnswerReview, input, commandId);
  }
}
