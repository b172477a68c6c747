import { z } from 'zod';

/** What brings a proposal to the committee: a department's referral, or the public-forum tier. */
export const agendaSource = z.enum(['department_referral', 'forum_tier']);
