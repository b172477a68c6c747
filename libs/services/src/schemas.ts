import { identifier } from '@hyeopchi/service-runtime';
import { z } from 'zod';

/** Free text of at most `max` characters; the domain trims it and refuses what is blank. */
export const text = (max: number) => z.string().max(max, `at most ${max} characters`);
export const isoTime = z.string().datetime({ offset: true, message: 'expected an ISO 8601 date and time' });
export const identifiers = (max: number) => z.array(identifier).max(max, `at most ${max}`);
export const sector = z.enum(['public', 'private']);
export { identifier };
