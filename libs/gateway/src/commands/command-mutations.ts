import { COMMAND_POLICY } from '@hyeopchi/identity';
import { COMMAND_ROUTES } from '@hyeopchi/services';
import { Inject, Type } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { z } from 'zod';
import { CommandGate } from './command-gate';
import { COMMAND_DESCRIPTIONS } from './command-descriptions';
import { CommandInputTypes } from './command-inputs';
import { CommandResult } from './command-result';

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
  for (const route of COMMAND_ROUTES) {
    for (const [type, schema] of Object.entries(route.commands)) {
      if (!COMMAND_POLICY[type]) continue;
      const name = lowerFirst(type);
      const input = inputs.inputFor(type, schema);
      const absentMeansNull = nullableFieldsOf(schema);
      Object.defineProperty(CommandMutations.prototype, name, {
        value(this: CommandMutations, request: Request, given: object, commandId: string | null) {
          const data = { ...Object.fromEntries(absentMeansNull.map((field) => [field, null])), ...given };
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
        description: 'Your id for this command (a UUID): sending it again with the same id acts once.',
      })(CommandMutations.prototype, name, 2);
    }
  }
  return CommandMutations;
}

/** GraphQL lets a client leave out a nullable field; the command takes null there, not nothing. */
function nullableFieldsOf(schema: z.ZodTypeAny): string[] {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as z.ZodRawShape)
    .filter(([, field]) => field instanceof z.ZodNullable)
    .map(([name]) => name);
}

export const CommandMutations = commandMutations();
