import { COMMAND_POLICY } from '@hyeopchi/identity';
import { ALL_COMMAND_ROUTES } from '@hyeopchi/platform';
import { Inject, Type } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { z } from 'zod';
import { CommandInputTypes, CommandResult, COMMAND_DESCRIPTIONS } from '@hyeopchi/gateway-kit';
import { CommandGate } from './command-gate';

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/**
 * One mutation per command people may send (COMMAND_POLICY), taking that command's data as its input: the
 * services' schemas define the API, so it cannot drift from what the services accept.
 */
function commandMutations(): Type<unknown> {
  @Resolver()
  class CommandMutations {
    constructor(@Inject(CommandGate) readonly gate: CommandGate) {}
  }
  const inputs = new CommandInputTypes();
  for (const route of ALL_COMMAND_ROUTES) {
    for (const [type, schema] of Object.entries(route.commands)) {
      if (!COMMAND_POLICY[type]) continue;
      const name = lowerFirst(type);
      const input = inputs.inputFor(type, schema);
      const { absentMeansNull, nullMeansAbsent } = nullabilityOf(schema);
      Object.defineProperty(CommandMutations.prototype, name, {
        value(this: CommandMutations, request: Request, given: object, commandId: string | null) {
          const data: Record<string, unknown> = {
            ...Object.fromEntries(absentMeansNull.map((field) => [field, null])),
            ...given,
          };
          for (const field of nullMeansAbsent) if (data[field] === null) delete data[field];
          return this.gate.send(request, { context: route.context, type, data, commandId });
        },
      });
      // what a compiled method would carry: Nest reads the parameters' types from it
      Reflect.defineMetadata('design:paramtypes', [Object, input, String], CommandMutations.prototype, name);
      const method = Object.getOwnPropertyDescriptor(CommandMutations.prototype, name)!;
      Mutation(() => CommandResult, { name, description: COMMAND_DESCRIPTIONS[type] })(
        CommandMutations.prototype,
        name,
        method,
      );
      Context('req')(CommandMutations.prototype, name, 0);
      Args('input', { type: () => input, description: `What ${type} takes.` })(
        CommandMutations.prototype,
        name,
        1,
      );
      Args('commandId', {
        type: () => String,
        nullable: true,
        description:
          "Your id for this command, a random UUID (name-based ones, versions 3 and 5, are the platform's own: COMMAND_ID_RESERVED). Sent again with the same id, the same command acts once; another command with it is refused (COMMAND_ID_REUSED).",
      })(CommandMutations.prototype, name, 2);
    }
  }
  return CommandMutations;
}

/**
 * GraphQL has one way to say "no value" where commands have two: a nullable field left out is null to the
 * command, and an optional field given as null is left out.
 */
function nullabilityOf(schema: z.ZodTypeAny): { absentMeansNull: string[]; nullMeansAbsent: string[] } {
  const fields = schema instanceof z.ZodObject ? Object.entries(schema.shape as z.ZodRawShape) : [];
  const where = (kind: typeof z.ZodNullable | typeof z.ZodOptional) =>
    fields.filter(([, field]) => field instanceof kind).map(([name]) => name);
  return { absentMeansNull: where(z.ZodNullable), nullMeansAbsent: where(z.ZodOptional) };
}

export const CommandMutations = commandMutations();
