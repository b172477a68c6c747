import { AggregateContract, CommandContract, DataOf } from '@hyeopchi/contract-kit';
import { RecordedEvent } from '@hyeopchi/event-store';
import { StreamEvent } from './handle-command';

/** What a route may read before deciding: its own context's streams. */
export interface StreamReader {
  readStream(streamId: string): Promise<readonly RecordedEvent[]>;
}

/** A command's data after validation, and what the service adds before deciding (the policy in force, …). */
export interface PreparedCommand {
  data: Record<string, unknown>;
  /** The correlation id this command joins, when it belongs to a chain found while preparing it. */
  correlationId?: string;
}

/** A command as its contract accepted it: one member per command, so `type` narrows `data`. */
export type AcceptedCommand<Contract extends CommandContract> =
  Contract extends CommandContract<infer Type> ? { type: Type; data: DataOf<Contract> } : never;

/** What the service does around deciding: the reads a decision needs first, the chain a stream imposes. */
export interface RouteSteps<Contract extends CommandContract> {
  /** Adds what the decider needs that the caller does not say (the `Found` of the aggregate's contract). */
  prepare?(command: AcceptedCommand<Contract>, streams: StreamReader): Promise<PreparedCommand>;
  /** The correlation id a stream's history imposes on every later command (a proposal's chain, …). */
  correlationOf?(history: Iterable<StreamEvent>, data: DataOf<Contract>): string | undefined;
}

/**
 * How a service handles the commands of one aggregate: the aggregate's contract (schemas, decider, stream names)
 * and the service's own steps. The handler is the same for every aggregate.
 */
export interface CommandRoute {
  readonly aggregate: AggregateContract;
  readonly steps: RouteSteps<CommandContract>;
}

export function commandRoute<Contracts extends readonly CommandContract[]>(
  aggregate: AggregateContract<Contracts>,
  steps: RouteSteps<Contracts[number]> = {},
): CommandRoute {
  // each command reaching these steps was parsed by the contract its type names, so its data is that contract's
  return { aggregate, steps } as unknown as CommandRoute;
}

/** A chain starts with the stream: every later command on it carries its first event's correlation id. */
export function correlationOfFirstEvent(history: Iterable<StreamEvent>): string | undefined {
  for (const first of history) return first.metadata.correlationId;
  return undefined;
}
