import { Identity, TokenVerifier, mayCommand } from '@hyeopchi/identity';
import { COMMAND_SENDER, CommandSender } from '@hyeopchi/service-runtime';
import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { callerOf } from './caller';
import { CommandAccepted, CommandRefused, CommandResult, refused, resultOf } from './command-result';
import { DraftProposalInput, RegisterOrganizationInput } from './inputs';
import { Me } from './me';

export const TOKEN_VERIFIER = Symbol('TokenVerifier');

/** Mutations are commands: checked against the command policy, sent to the service that owns them. */
@Resolver()
export class CommandsResolver {
  constructor(
    @Inject(COMMAND_SENDER) private readonly sender: CommandSender,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {}

  @Query(() => Me, { nullable: true, description: 'Who your bearer token says you are; null without one.' })
  async me(@Context('req') request: Request): Promise<Me | null> {
    const caller = await callerOf(request, this.verifier);
    return caller.identity && Object.assign(new Me(), caller.identity);
  }

  @Mutation(() => CommandResult, { description: 'Register a civil society organization.' })
  registerOrganization(
    @Context('req') request: Request,
    @Args('input') input: RegisterOrganizationInput,
  ): Promise<CommandAccepted | CommandRefused> {
    return this.send(request, 'civic', 'RegisterOrganization', { ...input });
  }

  @Mutation(() => CommandResult, {
    description: 'Draft a proposal, alone or for an organization you belong to.',
  })
  draftProposal(
    @Context('req') request: Request,
    @Args('input') input: DraftProposalInput,
  ): Promise<CommandAccepted | CommandRefused> {
    return this.send(request, 'civic', 'DraftProposal', {
      ...input,
      organizationId: input.organizationId ?? null,
    });
  }

  @Mutation(() => CommandResult, {
    description: 'Submit your draft under the threshold policy in force now; supports open.',
  })
  submitProposal(
    @Context('req') request: Request,
    @Args('proposalId') proposalId: string,
  ): Promise<CommandAccepted | CommandRefused> {
    return this.send(request, 'civic', 'SubmitProposal', { proposalId });
  }

  @Mutation(() => CommandResult, { description: 'Support a submitted proposal (once, not your own).' })
  supportProposal(
    @Context('req') request: Request,
    @Args('proposalId') proposalId: string,
  ): Promise<CommandAccepted | CommandRefused> {
    return this.send(request, 'civic', 'SupportProposal', { proposalId });
  }

  private async send(
    request: Request,
    context: string,
    type: string,
    data: Record<string, unknown>,
  ): Promise<CommandAccepted | CommandRefused> {
    const caller = await callerOf(request, this.verifier);
    if (!caller.identity) {
      return refused('UNAUTHENTICATED', caller.refusal ?? 'sign in: send "Authorization: Bearer <token>"');
    }
    const decision = mayCommand(caller.identity, { type, data });
    if (!decision.allowed) return refused('FORBIDDEN', decision.reason);
    const reply = await this.sender.send(context, {
      type,
      data,
      actor: caller.identity.subject,
      role: roleFor(caller.identity, type),
      commandId: randomUUID(),
    });
    return resultOf(reply);
  }
}

/** The role the command is sent in: the first of the caller's that the policy allows for it. */
function roleFor(identity: Identity, type: string): string {
  return (
    identity.roles.find((role) => mayCommand({ ...identity, roles: [role] }, { type, data: {} }).allowed) ??
    identity.roles[0]
  );
}
