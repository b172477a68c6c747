import { CommandMetadata, Decider, DomainEvent } from '@hyeopchi/domain-kernel';
import { z } from 'zod';
import { CommandContract, DataOf } from './command-contract';

/** A command as a decider takes it: its contract's data, plus what the service found for it. */
export interface DecidedCommand {
  type: string;
  data: Record<string, unknown>;
  metadata: CommandMetadata;
}

type AnyDomainCommand = { type: string; data: object };
type DomainDataOf<Command extends AnyDomainCommand, Type> = Extract<Command, { type: Type }>['data'];
type SaidData<Command extends AnyDomainCommand, Type, Found> = Omit<DomainDataOf<Command, Type>, keyof Found>;

/**
 * The contract itself when the decider takes exactly its data (with what the service finds added); otherwise a
 * type the contract cannot be, whose text says what is wrong.
 */
type Checked<Command extends AnyDomainCommand, Found, Contract> =
  Contract extends CommandContract<infer Type, infer Schema>
    ? Type extends Command['type']
      ? [z.infer<Schema>] extends [SaidData<Command, Type, Found>]
        ? [Exclude<keyof SaidData<Command, Type, Found>, keyof z.infer<Schema>>] extends [never]
          ? Contract
          : `${Type}: the decider takes data the contract's schema does not have`
        : `${Type}: the contract's data is not what the decider takes`
      : `${Type}: the decider has no such command`
    : never;

type Covers<Command extends AnyDomainCommand, Contracts extends readonly CommandContract[]> = [
  Exclude<Command['type'], Contracts[number]['type']>,
] extends [never]
  ? unknown
  : { missingContracts: Exclude<Command['type'], Contracts[number]['type']> };

/** Names what the service finds before deciding: fields of the domain's command data no caller sends. */
export type FoundByTheService<Found extends object> = { readonly found?: Found };
export const foundByTheService = <Found extends object>(): FoundByTheService<Found> => ({});

/**
 * One aggregate's contract: its decider, the commands it decides (each checked at compile time against the
 * decider's command type) and how its stream is named from a command's data. The command handler, the auditor's
 * view of a stream and the offline replay all read it.
 */
export interface AggregateContract<
  Contracts extends readonly CommandContract[] = readonly CommandContract[],
> {
  readonly context: string;
  readonly name: string;
  readonly commands: Contracts;
  streamId(data: DataOf<Contracts[number]>): string;
  readonly decider: Decider<DecidedCommand, DomainEvent, unknown>;
}

export function defineAggregate<
  Command extends AnyDomainCommand,
  Event extends DomainEvent,
  State,
  const Contracts extends readonly CommandContract[],
  Found extends object = object,
>(
  aggregate: {
    context: string;
    name: string;
    decider: Decider<Command, Event, State>;
    /** Every command the decider takes, each with its contract. */
    commands: Contracts & { [Index in keyof Contracts]: Checked<Command, Found, Contracts[Index]> } & Covers<
        Command,
        Contracts
      >;
    streamId(data: DataOf<Contracts[number]>): string;
  } & FoundByTheService<Found>,
): AggregateContract<Contracts> {
  const { context, name, commands, streamId } = aggregate;
  // checked above: each command reaching this decider was parsed by its contract, and the service adds `Found`
  const decider = aggregate.decider as unknown as Decider<DecidedCommand, DomainEvent, unknown>;
  return { context, name, commands, streamId, decider };
}
