import type { AccessRule } from '@hyeopchi/identity';
import { z } from 'zod';

/** What the public API says of a command people may send: who may, what it does, what its fields mean. */
export interface CommandApi {
  access: AccessRule;
  /** The mutation's description in the GraphQL schema. */
  description: string;
  /** What a field means in this command, where the shared vocabulary (`COMMON_FIELDS`) says too little. */
  fields?: Readonly<Record<string, string>>;
  /** The GraphQL enum of a field whose values differ from the enum that field has elsewhere. */
  enumNames?: Readonly<Record<string, string>>;
}

/**
 * One command as every layer sees it: its context, its name, the schema of its data (what the service accepts,
 * what the GraphQL input is made from, what the domain's command type is checked against) and, for commands people
 * send, its API. The schema's limits are the only ones: the domain takes them from the same constants.
 */
export interface CommandContract<
  Type extends string = string,
  Schema extends z.AnyZodObject = z.AnyZodObject,
> {
  readonly context: string;
  readonly type: Type;
  readonly schema: Schema;
  /** Absent: the platform alone sends it (process managers, scheduled tasks). */
  readonly api?: CommandApi;
}

/** The data a command's contract accepts. */
export type DataOf<Contract extends CommandContract> = z.infer<Contract['schema']>;

export function defineCommand<Type extends string, Schema extends z.AnyZodObject>(
  context: string,
  type: Type,
  schema: Schema,
  api?: CommandApi,
): CommandContract<Type, Schema> {
  return api ? { context, type, schema, api } : { context, type, schema };
}
