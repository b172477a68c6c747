/**
 * A command id its actor already used for another command (another type, or other data). Neither a repeat, whose
 * outcome would be the other command's, nor a new command, which a retry of the first could then duplicate.
 */
export class CommandIdReusedError extends Error {
  readonly code = 'COMMAND_ID_REUSED';

  constructor(readonly commandId: string) {
    super(
      `command id ${commandId} was already used for another command (another type or other data): send a new command with a new id`,
    );
    this.name = 'CommandIdReusedError';
  }
}
