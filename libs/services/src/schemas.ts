import { identifier, text } from '@hyeopchi/service-runtime';
import { z } from 'zod';

export const isoTime = z.string().datetime({ offset: true, message: 'expected an ISO 8601 date and time' });
export const identifiers = (max: number) => z.array(identifier).max(max, `at most ${max}`);
export const sector = z.enum(['public', 'private']);
export { identifier, text };
