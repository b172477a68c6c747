import { ExpectedVersion } from './event-store.port';

export type EventStoreErrorCode =
  | 'WRONG_EXPECTED_VERSION'
  | 'DUPLICATE_EVENT_ID'
  | 'EVENT_TOO_LARGE'
  | 'EVENT_UNSERIALISABLE'
  | 'EVENT_TYPE_MISSING'
  | 'EVENT_TYPE_INVALID'
  | 'EVENT_ID_INVALID'
  | 'STREAM_ID_INVALID'
  | 'NO_EVENTS'
  | 'APPEND_CONTENDED';

/** Every refusal of the store: nothing was written when one is thrown. */
export class EventStoreError extends Error {
  constructor(
    readonly code: EventStoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class WrongExpectedVersionError extends EventStoreError {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: number,
  ) {
    super(
      'WRONG_EXPECTED_VERSION',
      `stream ${streamId} is at version ${actual}, the append expected ${describeExpected(expected)}`,
    );
  }
}

export class DuplicateEventIdError extends EventStoreError {
  constructor(readonly eventIds: string[]) {
    super(
      'DUPLICATE_EVENT_ID',
      `event id ${eventIds.join(', ')} is already stored with different content or in another append`,
    );
  }
}

export class EventTooLargeError extends EventStoreError {
  constructor(
    readonly eventId: string,
    readonly sizeBytes: number,
    readonly limitBytes: number,
  ) {
    super('EVENT_TOO_LARGE', `event ${eventId} is ${sizeBytes} bytes; the limit is ${limitBytes} bytes`);
  }
}

export class InvalidEventError extends EventStoreError {}

function describeExpected(expected: ExpectedVersion): string {
  return typeof expected === 'number' ? `version ${expected}` : expected.replace('_', ' ');
}
