import { randomUUID } from 'node:crypto';
import { CommandDispatcher } from './command-dispatcher';
import { CommandReply, CommandRequest } from './command-request';

/** The topic a service takes its commands from, keyed by stream: one stream's commands stay on one partition. */
export function commandTopicOf(context: string, namespace: string): string {
  return `${namespace}.${context}.commands`;
}

/** Where a service's replies go; every caller reads all of it and keeps the replies to its own requests. */
export function replyTopicOf(context: string, namespace: string): string {
  return `${commandTopicOf(context, namespace)}.reply`;
}

/** The header pairing a reply with its request; a command sent again gets a new request id, keeping its commandId. */
export const REQUEST_ID_HEADER = 'hyeopchi-request-id';

export function newRequestId(): string {
  return randomUUID();
}

/** How a caller reaches a service's commands, whichever carries them. */
export interface CommandSender {
  send(context: string, request: CommandRequest): Promise<CommandReply>;
}

export const COMMAND_SENDER = Symbol('CommandSender');

/** Commands to services in this process. */
export class InProcessCommandSender implements CommandSender {
  constructor(private readonly dispatcher: CommandDispatcher) {}

  send(_context: string, request: CommandRequest): Promise<CommandReply> {
    return this.dispatcher.dispatch(request);
  }
}
