import { z } from 'zod';
import { identifier, text } from '@hyeopchi/contract-kit';

/**
 * A command as it travels to a service (over Kafka or in process): its type, its data, and who asks. Time is
 * the service's, never the caller's; ids of new events are the service's too.
 */
export const commandRequestSchema = z
  .object({
    type: z.string().regex(/^[A-Z][A-Za-z]{2,60}$/, 'expected a command name such as SubmitProposal'),
    data: z.record(z.unknown()),
    actor: identifier,
    role: identifier.optional(),
    /** Chosen by the caller; a command sent again with the same id acts once (safe retries). */
    commandId: z.string().uuid().optional(),
    correlationId: text(200).min(1).optional(),
    causationId: text(200).min(1).optional(),
  })
  .strict();

export type CommandRequest = z.infer<typeof commandRequestSchema>;

export interface CommandError {
  /** Stable: clients branch on it. Domain codes (e.g. QUORUM_NOT_MET) or INVALID_COMMAND, UNKNOWN_COMMAND, … */
  code: string;
  message: string;
}

/** The reply to every command, as data: the appended stream's version and position, or a typed error. */
export type CommandReply =
  | {
      ok: true;
      commandId: string;
      streamId: string;
      streamVersion: number;
      /** Of the last event appended; null when the command decided that nothing changes. */
      globalPosition: number | null;
      eventTypes: string[];
    }
  | { ok: false; commandId: string | null; error: CommandError };

export function refusal(commandId: string | null, code: string, message: string): CommandReply {
  return { ok: false, commandId, error: { code, message } };
}

/** The zod issues of a refused command in one line a person can act on. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'command'}: ${issue.message}`)
    .join('; ');
}
