import { DefineIndicator, RecordIndicatorMeasurement, RetireIndicator } from '@hyeopchi/committee/contract';
import { DataOf } from '@hyeopchi/contract-kit';
import { CommandGate, CommandIdArgument, CommandInput, CommandMutation } from '@hyeopchi/gateway-kit';
import { Context, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';

/** The master plan's indicators: defined under its policies, measured year by year, retired. */
@Resolver()
export class IndicatorMutations {
  constructor(private readonly commands: CommandGate) {}

  @CommandMutation(DefineIndicator)
  defineIndicator(
    @Context('req') request: Request,
    @CommandInput(DefineIndicator) input: DataOf<typeof DefineIndicator>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, DefineIndicator, input, commandId);
  }

  @CommandMutation(RecordIndicatorMeasurement)
  recordIndicatorMeasurement(
    @Context('req') request: Request,
    @CommandInput(RecordIndicatorMeasurement) input: DataOf<typeof RecordIndicatorMeasurement>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, RecordIndicatorMeasurement, input, commandId);
  }

  @CommandMutation(RetireIndicator)
  retireIndicator(
    @Context('req') request: Request,
    @CommandInput(RetireIndicator) input: DataOf<typeof RetireIndicator>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, RetireIndicator, input, commandId);
  }
}
