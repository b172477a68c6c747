import {
  CompleteImplementation,
  CompleteMilestone,
  PlanImplementation,
  ReportProgress,
  StallImplementation,
} from '@hyeopchi/department/contract';
import { DataOf } from '@hyeopchi/contract-kit';
import { CommandGate, CommandIdArgument, CommandInput, CommandMutation } from '@hyeopchi/gateway-kit';
import { Context, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';

/** Implementations: the lead department's plan, its milestones and its progress. */
@Resolver()
export class ImplementationMutations {
  constructor(private readonly commands: CommandGate) {}

  @CommandMutation(PlanImplementation)
  planImplementation(
    @Context('req') request: Request,
    @CommandInput(PlanImplementation) input: DataOf<typeof PlanImplementation>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, PlanImplementation, input, commandId);
  }

  @CommandMutation(CompleteMilestone)
  completeMilestone(
    @Context('req') request: Request,
    @CommandInput(CompleteMilestone) input: DataOf<typeof CompleteMilestone>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, CompleteMilestone, input, commandId);
  }

  @CommandMutation(ReportProgress)
  reportProgress(
    @Context('req') request: Request,
    @CommandInput(ReportProgress) input: DataOf<typeof ReportProgress>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, ReportProgress, input, commandId);
  }

  @CommandMutation(CompleteImplementation)
  completeImplementation(
    @Context('req') request: Request,
    @CommandInput(CompleteImplementation) input: DataOf<typeof CompleteImplementation>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, CompleteImplementation, input, commandId);
  }

  @CommandMutation(StallImplementation)
  stallImplementation(
    @Context('req') request: Request,
    @CommandInput(StallImplementation) input: DataOf<typeof StallImplementation>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, StallImplementation, input, commandId);
  }
}
