import { z } from 'zod';

/** An identifier in a command: an aggregate id, a department code, a member id. */
export const identifier = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, 'expected 1 to 100 letters, digits, _ . : or -');

export const isoTime = z.string().datetime({ offset: true, message: 'expected an ISO 8601 date and time' });
export const identifiers = (max: number) => z.array(identifier).max(max, `at most ${max}`);
export const sector = z.enum(['public', 'private']);
