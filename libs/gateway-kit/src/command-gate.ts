import { CommandContract, DataOf } from '@hyeopchi/contract-kit';
import type { Request } from 'express';
import { CommandAccepted, CommandRefused } from './command-result';

/**
 * The way in for every mutation: who calls, whether their command's contract lets them, then the command to the
 * service that owns it, and a wait until queries show what it did (read-your-writes). The gateway provides it: it
 * knows what every context's records say of the caller.
 */
export abstract class CommandGate {
  abstract send<Contract extends CommandContract>(
    request: Request,
    contract: Contract,
    input: DataOf<Contract>,
    commandId: string | null,
  ): Promise<CommandAccepted | CommandRefused>;
}
