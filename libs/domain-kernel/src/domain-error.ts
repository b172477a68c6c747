/** A rule of the domain said no. The code is stable (clients branch on it); the message is for people. */
export class DomainError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
