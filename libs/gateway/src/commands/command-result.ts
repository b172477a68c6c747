import { CommandReply } from '@hyeopchi/service-runtime';
import { Field, Int, ObjectType, createUnionType } from '@nestjs/graphql';

@ObjectType({ description: 'A command the platform accepted: where its events went.' })
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
}

@ObjectType({ description: 'Why a command was refused. Nothing was written.' })
export class CommandRefused {
  @Field({
    description:
      'Stable code to branch on: UNAUTHENTICATED, FORBIDDEN, INVALID_COMMAND, or a rule of the domain (e.g. SUPPORT_WINDOW_CLOSED).',
  })
  code!: string;

  @Field({ description: 'What went wrong and how to fix it, for people.' })
  message!: string;
}

export const CommandResult = createUnionType({
  name: 'CommandResult',
  description: 'What became of a command: accepted, or refused with a typed error.',
  types: () => [CommandAccepted, CommandRefused] as const,
  resolveType: (value: CommandAccepted | CommandRefused) =>
    'code' in value ? CommandRefused : CommandAccepted,
});

export function resultOf(reply: CommandReply): CommandAccepted | CommandRefused {
  if (!reply.ok) return Object.assign(new CommandRefused(), reply.error);
  const { commandId, streamId, streamVersion, globalPosition, eventTypes } = reply;
  return Object.assign(new CommandAccepted(), {
    commandId,
    streamId,
    streamVersion,
    globalPosition,
    eventTypes,
  });
}

export function refused(code: string, message: string): CommandRefused {
  return Object.assign(new CommandRefused(), { code, message });
}
