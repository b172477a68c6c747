import {
  AddAgendaItem,
  CastVote,
  DeclareConflict,
  ProposeMotion,
  PublishMinutes,
  RecordAttendance,
  RecordDecision,
  ScheduleSession,
} from '@hyeopchi/committee/contract';
import { DataOf } from '@hyeopchi/contract-kit';
import { CommandGate, CommandIdArgument, CommandInput, CommandMutation } from '@hyeopchi/gateway-kit';
import { Context, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';

/** Committee sessions: their agenda, attendance, conflicts, motions, votes, decisions and minutes. */
@Resolver()
export class SessionMutations {
  constructor(private readonly commands: CommandGate) {}

  @CommandMutation(ScheduleSession)
  scheduleSession(
    @Context('req') request: Request,
    @CommandInput(ScheduleSession) input: DataOf<typeof ScheduleSession>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, ScheduleSession, input, commandId);
  }

  @CommandMutation(AddAgendaItem)
  addAgendaItem(
    @Context('req') request: Request,
    @CommandInput(AddAgendaItem) input: DataOf<typeof AddAgendaItem>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, AddAgendaItem, input, commandId);
  }

  @CommandMutation(RecordAttendance)
  recordAttendance(
    @Context('req') request: Request,
    @CommandInput(RecordAttendance) input: DataOf<typeof RecordAttendance>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, RecordAttendance, input, commandId);
  }

  @CommandMutation(DeclareConflict)
  declareConflict(
    @Context('req') request: Request,
    @CommandInput(DeclareConflict) input: DataOf<typeof DeclareConflict>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, DeclareConflict, input, commandId);
  }

  @CommandMutation(ProposeMotion)
  proposeMotion(
    @Context('req') request: Request,
    @CommandInput(ProposeMotion) input: DataOf<typeof ProposeMotion>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, ProposeMotion, input, commandId);
  }

  @CommandMutation(CastVote)
  castVote(
    @Context('req') request: Request,
    @CommandInput(CastVote) input: DataOf<typeof CastVote>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, CastVote, input, commandId);
  }

  @CommandMutation(RecordDecision)
  recordDecision(
    @Context('req') request: Request,
    @CommandInput(RecordDecision) input: DataOf<typeof RecordDecision>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, RecordDecision, input, commandId);
  }

  @CommandMutation(PublishMinutes)
  publishMinutes(
    @Context('req') request: Request,
    @CommandInput(PublishMinutes) input: DataOf<typeof PublishMinutes>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, PublishMinutes, input, commandId);
  }
}
