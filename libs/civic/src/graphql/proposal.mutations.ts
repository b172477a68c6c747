import {
  AmendProposal,
  DraftProposal,
  EditProposal,
  RecordForumParticipation,
  SubmitProposal,
  SupportProposal,
  WithdrawProposal,
  WithdrawSupport,
} from '@hyeopchi/civic/contract';
import { DataOf } from '@hyeopchi/contract-kit';
import { CommandGate, CommandIdArgument, CommandInput, CommandMutation } from '@hyeopchi/gateway-kit';
import { Context, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';

/** Proposals: drafting, submitting, supporting, amending and withdrawing them. */
@Resolver()
export class ProposalMutations {
  constructor(private readonly commands: CommandGate) {}

  @CommandMutation(DraftProposal)
  draftProposal(
    @Context('req') request: Request,
    @CommandInput(DraftProposal) input: DataOf<typeof DraftProposal>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, DraftProposal, input, commandId);
  }

  @CommandMutation(EditProposal)
  editProposal(
    @Context('req') request: Request,
    @CommandInput(EditProposal) input: DataOf<typeof EditProposal>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, EditProposal, input, commandId);
  }

  @CommandMutation(SubmitProposal)
  submitProposal(
    @Context('req') request: Request,
    @CommandInput(SubmitProposal) input: DataOf<typeof SubmitProposal>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, SubmitProposal, input, commandId);
  }

  @CommandMutation(SupportProposal)
  supportProposal(
    @Context('req') request: Request,
    @CommandInput(SupportProposal) input: DataOf<typeof SupportProposal>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, SupportProposal, input, commandId);
  }

  @CommandMutation(WithdrawSupport)
  withdrawSupport(
    @Context('req') request: Request,
    @CommandInput(WithdrawSupport) input: DataOf<typeof WithdrawSupport>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, WithdrawSupport, input, commandId);
  }

  @CommandMutation(RecordForumParticipation)
  recordForumParticipation(
    @Context('req') request: Request,
    @CommandInput(RecordForumParticipation) input: DataOf<typeof RecordForumParticipation>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, RecordForumParticipation, input, commandId);
  }

  @CommandMutation(AmendProposal)
  amendProposal(
    @Context('req') request: Request,
    @CommandInput(AmendProposal) input: DataOf<typeof AmendProposal>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, AmendProposal, input, commandId);
  }

  @CommandMutation(WithdrawProposal)
  withdrawProposal(
    @Context('req') request: Request,
    @CommandInput(WithdrawProposal) input: DataOf<typeof WithdrawProposal>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, WithdrawProposal, input, commandId);
  }
}
