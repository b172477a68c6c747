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

/** The text trimmed, or null when that leaves nothing or more than `max` characters: the caller refuses with its code. */
export function boundedText(value: unknown, max: number): string | null {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  return trimmed.length === 0 || trimmed.length > max ? null : trimmed;
}
