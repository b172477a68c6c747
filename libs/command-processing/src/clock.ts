import { IdSource } from './ports';
import { randomUUID } from 'node:crypto';

/** Where a service's time comes from: the system clock, or one a test moves forward. */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('Clock');
export const ID_SOURCE = Symbol('IdSource');

export const systemClock: Clock = { now: () => new Date() };
export const randomIds: IdSource = { next: () => randomUUID() };
