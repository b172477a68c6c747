import { CommandReply } from '@hyeopchi/command-processing';
import { Field, Int, ObjectType, createUnionType } from '@nestjs/graphql';

@ObjectType({ description: 'A command the platform accepted: where its events went, and what it changed.' })
export class CommandAccepted {
  @Field({ description: 'The command id: sending the same command again with it acts once.' })
  commandId!: string;

  @Field({ description: 'The stream the command appended to, e.g. proposal-p-1.' })
  streamId!: string;

  @Field(() => Int, { description: 'The stream version after the command.' })
  streamVersion!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The global position of the last event appended; null when nothing needed to change.',
  })
  globalPosition!: number | null;

  @Field(() => [String], { description: 'The types of the events the command appended.' })
  eventTypes!: string[];

  @Field({
    description:
      'Whether queries already show the change. False when the read models did not catch up within the wait: query again shortly.',
  })
  visible!: boolean;

  /** The context whose stream it is, to find the affected object. */
  context!: string;
}

@ObjectType({ description: 'Why a command was not accepted.' })
export class CommandRefused {
  @Field({
    description:
      'Stable code to branch on: UNAUTHENTICATED, FORBIDDEN, INVALID_COMMAND, COMMAND_ID_RESERVED or COMMAND_ID_REUSED (choose another commandId), a rule of the domain (e.g. SUPPORT_WINDOW_CLOSED), or COMMAND_TIMEOUT, COMMAND_NOT_DELIVERED and INTERNAL when the platform failed.',
  })
  code!: string;

  @Field({ description: 'What went wrong and how to fix it, for people.' })
  message!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The command id. Nothing was written, except after COMMAND_TIMEOUT or INTERNAL: the command may have been handled, so send it again with this commandId, which acts once.',
  })
  commandId!: string | null;
}

export const CommandResult = createUnionType({
  name: 'CommandResult',
  description: 'What became of a command: accepted, or refused with a typed error.',
  types: () => [CommandAccepted, CommandRefused] as const,
  resolveType: (value: CommandAccepted | CommandRefused) =>
    'code' in value ? CommandRefused : CommandAccepted,
});

export function acceptedOf(
  context: string,
  reply: Extract<CommandReply, { ok: true }>,
  visible: boolean,
): CommandAccepted {
  const { commandId, streamId, streamVersion, globalPosition, eventTypes } = reply;
  return Object.assign(new CommandAccepted(), {
    commandId,
    streamId,
    streamVersion,
    globalPosition,
    eventTypes,
    visible,
    context,
  });
}

export function refused(code: string, message: string, commandId: string | null = null): CommandRefused {
  return Object.assign(new CommandRefused(), { code, message, commandId });
}
