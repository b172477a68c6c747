import { counter, histogram } from '@hyeopchi/observability';
import { CommandReply } from './command-request';

const commands = counter({
  name: 'hyeopchi_commands_total',
  help: 'Commands handled, by context, command type and outcome (accepted, refused by the domain or its checks, failed by a fault).',
  labelNames: ['context', 'command', 'outcome'],
});

const refusals = counter({
  name: 'hyeopchi_command_refusals_total',
  help: 'Commands refused, by context, command type and refusal code (e.g. DUPLICATE_SUPPORT).',
  labelNames: ['context', 'command', 'code'],
});

const durations = histogram({
  name: 'hyeopchi_command_duration_seconds',
  help: 'Time to handle a command: validate, prepare, load, decide, append.',
  labelNames: ['context', 'command'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
});

/** The route a command took: its context and command type. */
export interface CommandPlace {
  context: string;
  command: string;
}

/** Where a command the service could not place is counted: a malformed envelope, a type it does not serve. */
export const UNROUTED: CommandPlace = { context: 'none', command: 'other' };

// a fault, not a refusal: sending the command again may succeed
const FAILURE_CODE = 'INTERNAL';

/**
 * Counts a command's reply and times it. The labels come from the routes, never from the request as sent:
 * `where` is the route's context and command type, or UNROUTED.
 */
export function recordCommand(where: CommandPlace, reply: CommandReply, seconds: number): void {
  durations.observe(where, seconds);
  if (reply.ok) {
    commands.inc({ ...where, outcome: 'accepted' });
    return;
  }
  const failed = reply.error.code === FAILURE_CODE;
  commands.inc({ ...where, outcome: failed ? 'failed' : 'refused' });
  if (!failed) refusals.inc({ ...where, code: reply.error.code });
}
