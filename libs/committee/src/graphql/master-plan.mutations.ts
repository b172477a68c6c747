import {
  AdoptMasterPlan,
  DefinePolicy,
  DefineStrategy,
  RecordPendingIssue,
} from '@hyeopchi/committee/contract';
import { DataOf } from '@hyeopchi/contract-kit';
import { CommandGate, CommandIdArgument, CommandInput, CommandMutation } from '@hyeopchi/gateway-kit';
import { Context, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';

/** The governance master plan: its strategies, policies and pending issues. */
@Resolver()
export class MasterPlanMutations {
  constructor(private readonly commands: CommandGate) {}

  @CommandMutation(AdoptMasterPlan)
  adoptMasterPlan(
    @Context('req') request: Request,
    @CommandInput(AdoptMasterPlan) input: DataOf<typeof AdoptMasterPlan>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, AdoptMasterPlan, input, commandId);
  }

  @CommandMutation(DefineStrategy)
  defineStrategy(
    @Context('req') request: Request,
    @CommandInput(DefineStrategy) input: DataOf<typeof DefineStrategy>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, DefineStrategy, input, commandId);
  }

  @CommandMutation(DefinePolicy)
  definePolicy(
    @Context('req') request: Request,
    @CommandInput(DefinePolicy) input: DataOf<typeof DefinePolicy>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, DefinePolicy, input, commandId);
  }

  @CommandMutation(RecordPendingIssue)
  recordPendingIssue(
    @Context('req') request: Request,
    @CommandInput(RecordPendingIssue) input: DataOf<typeof RecordPendingIssue>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, RecordPendingIssue, input, commandId);
  }
}
