import { Decider } from '@hyeopchi/domain-kernel';
import { RecordedEvent } from '@hyeopchi/event-store';
import { z } from 'zod';

/** What a route may read before deciding: its own context's streams. */
export interface StreamReader {
  readStream(streamId: string): Promise<readonly RecordedEvent[]>;
}

/** A command's data after validation, and what the service adds before deciding (the policy in force, …). */
export interface PreparedCommand<Data> {
  data: Data;
  /** The correlation id this command joins, when it belongs to a chain found while preparing it. */
  correlationId?: string;
}

/**
 * How a service handles the commands of one aggregate: the schema of each command's data, the stream it goes
 * to, the decider, and the reads it needs first. Routes are data: the handler is the same for every aggregate.
 */
export interface CommandRoute<Data extends { [key: string]: unknown } = { [key: string]: unknown }> {
  context: string;
  aggregate: string;
  commands: Readonly<Record<string, z.ZodType<Data, z.ZodTypeDef, unknown>>>;
  streamId(data: Data): string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route pairs its own command and event types
  decider: Decider<any, any, any>;
  prepare?(type: string, data: Data, streams: StreamReader): Promise<PreparedCommand<Data>>;
  /** The correlation id a stream's history imposes on every later command (a proposal's chain, …). */
  correlationOf?(history: readonly RecordedEvent[], data: Data): string | undefined;
}

/** A chain starts with the stream: every later command on it carries its first event's correlation id. */
export function correlationOfFirstEvent(history: readonly RecordedEvent[]): string | undefined {
  return history[0]?.metadata.correlationId;
}
