import { DataOf } from '@hyeopchi/contract-kit';
import { AnswerSurvey, CloseSurvey, OpenSurvey } from '@hyeopchi/feedback/contract';
import { CommandGate, CommandIdArgument, CommandInput, CommandMutation } from '@hyeopchi/gateway-kit';
import { Context, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';

/** Perception surveys: opening them, answering them for one's sector, closing them. */
@Resolver()
export class PerceptionSurveyMutations {
  constructor(private readonly commands: CommandGate) {}

  @CommandMutation(OpenSurvey)
  openSurvey(
    @Context('req') request: Request,
    @CommandInput(OpenSurvey) input: DataOf<typeof OpenSurvey>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, OpenSurvey, input, commandId);
  }

  @CommandMutation(AnswerSurvey)
  answerSurvey(
    @Context('req') request: Request,
    @CommandInput(AnswerSurvey) input: DataOf<typeof AnswerSurvey>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, AnswerSurvey, input, commandId);
  }

  @CommandMutation(CloseSurvey)
  closeSurvey(
    @Context('req') request: Request,
    @CommandInput(CloseSurvey) input: DataOf<typeof CloseSurvey>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, CloseSurvey, input, commandId);
  }
}
