import { Inject, Injectable } from '@nestjs/common';
import { CommandReply, commandRequestSchema, describeIssues, refusal } from './command-request';
import { CommandPlace, UNROUTED, recordCommand } from './command-metrics';
import { CommandRoute } from './command-route';
import { CommandExecutor } from './execute-command';

export const SERVED_COMMAND_ROUTES = Symbol('CommandRoutes');

/** The one entrance for commands into this process, whatever carried them: checks the envelope, finds the route. */
@Injectable()
export class CommandDispatcher {
  private readonly routes = new Map<string, CommandRoute>();

  constructor(
    private readonly executor: CommandExecutor,
    @Inject(SERVED_COMMAND_ROUTES) routes: readonly CommandRoute[],
  ) {
    for (const route of routes) {
      for (const { type } of route.aggregate.commands) {
        if (this.routes.has(type)) throw new Error(`${type} is routed twice`);
        this.routes.set(type, route);
      }
    }
  }

  async dispatch(message: unknown): Promise<CommandReply> {
    const started = process.hrtime.bigint();
    const { reply, where } = await this.route(message);
    recordCommand(where, reply, Number(process.hrtime.bigint() - started) / 1e9);
    return reply;
  }

  /** The reply, and where it was routed: the metrics' labels come from the routes, never from what was sent. */
  private async route(message: unknown): Promise<{ reply: CommandReply; where: CommandPlace }> {
    const parsed = commandRequestSchema.safeParse(message);
    if (!parsed.success) {
      const commandId = (message as { commandId?: unknown } | null)?.commandId;
      return {
        reply: refusal(
          typeof commandId === 'string' ? commandId : null,
          'INVALID_COMMAND',
          describeIssues(parsed.error),
        ),
        where: UNROUTED,
      };
    }
    const request = parsed.data;
    const route = this.routes.get(request.type);
    if (!route) {
      return {
        reply: refusal(
          request.commandId ?? null,
          'UNKNOWN_COMMAND',
          `this service has no command ${request.type}`,
        ),
        where: UNROUTED,
      };
    }
    return {
      reply: await this.executor.execute(route, request),
      where: { context: route.aggregate.context, command: request.type },
    };
  }
}
