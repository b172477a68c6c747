import { CommandContract } from '@hyeopchi/contract-kit';
import { Args, Mutation } from '@nestjs/graphql';
import { COMMAND_INPUTS } from './command-inputs';
import { CommandResult } from './command-result';

/** A command's mutation is its name with a lower-case first letter: `SupportProposal` → `supportProposal`. */
export const mutationNameOf = (contract: CommandContract) =>
  contract.type.charAt(0).toLowerCase() + contract.type.slice(1);

/**
 * Makes the method the mutation of `contract`, described by its contract. The method is named after the
 * mutation, so a search for `supportProposal` finds it.
 */
export function CommandMutation(contract: CommandContract): MethodDecorator {
  return (target, method, descriptor) => {
    const name = mutationNameOf(contract);
    if (method !== name)
      throw new Error(`the mutation of ${contract.type} is named ${name}, not ${String(method)}`);
    if (!contract.api) throw new Error(`${contract.type} is sent by the platform alone: it has no mutation`);
    Mutation(() => CommandResult, { name, description: contract.api.description })(
      target,
      method,
      descriptor,
    );
  };
}

/**
 * The mutation's `input`: the command's data, as its contract's schema defines it. The input type is made now,
 * with the resolver: Nest gathers input types before it resolves any `type` function.
 */
export const CommandInput = (contract: CommandContract): ParameterDecorator => {
  const input = COMMAND_INPUTS.inputFor(contract);
  return Args('input', { type: () => input, description: `What ${contract.type} takes.` });
};

/** The mutation's optional `commandId`, which makes a retry act once. */
export const CommandIdArgument = (): ParameterDecorator =>
  Args('commandId', {
    type: () => String,
    nullable: true,
    description:
      "Your id for this command, a random UUID (name-based ones, versions 3 and 5, are the platform's own: COMMAND_ID_RESERVED). Sent again with the same id, the same command acts once; another command with it is refused (COMMAND_ID_REUSED).",
  });
