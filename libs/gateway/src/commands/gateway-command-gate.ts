import { isNameBasedUuid } from '@hyeopchi/name-based-uuid';
import { AccessRule, CommandSubject, Identity, mayCommand } from '@hyeopchi/identity';
import { CommandContract, DataOf, MALFORMED_TEXT, malformedTextIn } from '@hyeopchi/contract-kit';
import { z } from 'zod';
import { COMMAND_SENDER, CommandSender } from '@hyeopchi/command-processing';
import { Inject, Injectable } from '@nestjs/common';
import { SpanKind, inSpan, placeUnderCaller } from '@hyeopchi/observability';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { OrganizationMember } from '@hyeopchi/civic/read-model';
import { CommitteeMember, CommitteeSession } from '@hyeopchi/committee/read-model';
import { Implementation } from '@hyeopchi/department/read-model';
import { ResponseCache } from '../response-cache/response-cache';
import { waitUntilVisible } from './visibility';
import { fromTrustedHop } from '../trust-proxy';
import {
  CallerAuthenticator,
  CommandAccepted,
  CommandGate,
  CommandRefused,
  ReadModelChangeListener,
  ReadModels,
  acceptedOf,
  refused,
} from '@hyeopchi/gateway-kit';

/** How long a mutation waits for the read models to show its change before it answers `visible: false`. */
export const VISIBILITY_WAIT_MS = 5_000;

/** The gateway's `CommandGate`: the caller's roles and what the read models say of them decide, per contract. */
@Injectable()
export class GatewayCommandGate implements CommandGate {
  constructor(
    @Inject(COMMAND_SENDER) private readonly sender: CommandSender,
    private readonly readModels: ReadModels,
    private readonly callers: CallerAuthenticator,
    private readonly changes: ReadModelChangeListener,
    private readonly responses: ResponseCache,
  ) {}

  send<Contract extends CommandContract>(
    request: Request,
    contract: Contract,
    input: DataOf<Contract>,
    commandId: string | null,
  ): Promise<CommandAccepted | CommandRefused> {
    const options = {
      kind: SpanKind.SERVER,
      attributes: { 'hyeopchi.context': contract.context, 'hyeopchi.command.type': contract.type },
      ...placeUnderCaller(request.headers, fromTrustedHop(request)),
    };
    return inSpan(`mutation ${contract.type}`, options, async (span) => {
      const answer = await this.authorizeAndSend(request, contract, input, commandId);
      span.setAttributes(
        answer instanceof CommandRefused
          ? { 'hyeopchi.outcome': 'refused', 'hyeopchi.refusal.code': answer.code }
          : { 'hyeopchi.outcome': 'accepted', 'hyeopchi.visible': answer.visible },
      );
      return answer;
    });
  }

  private async authorizeAndSend<Contract extends CommandContract>(
    request: Request,
    contract: Contract,
    input: DataOf<Contract>,
    commandId: string | null,
  ): Promise<CommandAccepted | CommandRefused> {
    const { context, type } = contract;
    const data = commandDataOf(contract, input);
    const caller = await this.callers.callerOf(request);
    if (!caller.identity) {
      return refused('UNAUTHENTICATED', caller.refusal ?? 'sign in: send "Authorization: Bearer <token>"');
    }
    if (commandId && isNameBasedUuid(commandId)) {
      // the platform derives its own commands' ids from names anyone may know (a review's escalation, …)
      return refused(
        'COMMAND_ID_RESERVED',
        "name-based command ids (UUID versions 3 and 5) are the platform's own: choose a random UUID (version 4)",
        commandId,
      );
    }
    // the services' schemas refuse it too, but the policy's lookups below would take it to the database first
    const malformed = malformedTextIn(data, 'input');
    if (malformed) return refused('INVALID_COMMAND', `${type}: ${malformed} ${MALFORMED_TEXT}`);
    const identity = caller.identity;
    const subject = await this.subjectOf(identity, data);
    const decision = mayCommand(identity, { type, access: contract.api?.access, data }, subject);
    if (!decision.allowed) return refused('FORBIDDEN', decision.reason);
    const reply = await this.sender.send(context, {
      type,
      data,
      actor: identity.subject,
      role: roleFor(identity, { type, access: contract.api?.access, data }, subject),
      commandId: commandId ?? randomUUID(),
    });
    if (!reply.ok) return refused(reply.error.code, reply.error.message, reply.commandId);
    const visible = await waitUntilVisible(
      this.readModels,
      this.changes,
      { context, streamId: reply.streamId, version: reply.streamVersion },
      VISIBILITY_WAIT_MS,
    );
    // the wait may have seen the change in the read models before their announcement arrived: the caller's next
    // query must not get an answer kept from before
    this.responses.forget();
    return acceptedOf(context, reply, visible);
  }

  /** What the policy needs that the command does not say: the platform's record, not the token's claims. */
  private async subjectOf(identity: Identity, data: Record<string, unknown>): Promise<CommandSubject> {
    const { manager } = this.readModels;
    // only what this command and this caller can need: most mutations need none of it
    const [implementation, memberships, seat] = await Promise.all([
      typeof data.implementationId === 'string'
        ? manager.findOneBy(Implementation, { id: data.implementationId })
        : null,
      typeof data.organizationId === 'string'
        ? manager.findBy(OrganizationMember, { memberId: identity.subject })
        : [],
      identity.roles.some((role) => role === 'committee_member' || role === 'committee_chair')
        ? this.seatOf(identity.subject, data)
        : null,
    ]);
    return {
      department: implementation?.department,
      organizations: memberships.map((membership) => membership.organizationId),
      committeeSeat: seat && { sector: seat.sector },
    };
  }

  /**
   * The caller's seat on the committee the command concerns: a session's is its space's (a city member is not a
   * member of Mapo-gu's committee), a command naming a space is that space's; any other takes any seat they hold.
   */
  private async seatOf(subject: string, data: Record<string, unknown>): Promise<CommitteeMember | null> {
    const { manager } = this.readModels;
    const session =
      typeof data.sessionId === 'string'
        ? await manager.findOneBy(CommitteeSession, { id: data.sessionId })
        : null;
    const spaceId = session?.spaceId ?? (typeof data.spaceId === 'string' ? data.spaceId : undefined);
    return manager.findOneBy(CommitteeMember, { id: subject, active: true, ...(spaceId ? { spaceId } : {}) });
  }
}

/** The role the command is sent in, for the record: the first of the caller's that the policy allows for it. */
function roleFor(
  identity: Identity,
  command: { type: string; access: AccessRule | undefined; data: Record<string, unknown> },
  subject: CommandSubject,
): string {
  const allowed = identity.roles.find(
    (role) => mayCommand({ ...identity, roles: [role] }, command, subject).allowed,
  );
  return allowed ?? identity.roles[0];
}

/**
 * GraphQL has one way to say "no value" where commands have two: a nullable field left out is null to the
 * command, and an optional field given as null is left out, as is a field with a default that null cannot be.
 */
function commandDataOf(contract: CommandContract, input: object): Record<string, unknown> {
  const data: Record<string, unknown> = { ...input };
  for (const [field, schema] of Object.entries(contract.schema.shape as z.ZodRawShape)) {
    if (schema instanceof z.ZodNullable && !(field in data)) data[field] = null;
    if (schema instanceof z.ZodOptional && data[field] === null) delete data[field];
    const defaultNotNull = schema instanceof z.ZodDefault && !schema.removeDefault().safeParse(null).success;
    if (defaultNotNull && data[field] === null) delete data[field];
  }
  return data;
}
