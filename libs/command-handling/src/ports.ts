import { randomUUID } from 'node:crypto';

/** Where event ids come from: random in production, predictable in tests. */
export interface IdSource {
  next(): string;
}

/** Where "now" comes from: the system clock in production, a movable one in tests. */
export interface Clock {
  now(): Date;
}

export const randomIds: IdSource = { next: () => randomUUID() };
export const systemClock: Clock = { now: () => new Date() };
