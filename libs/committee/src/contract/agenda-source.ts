import { z } from 'zod';

/**
 * What brings a proposal to a committee: a department's referral, the public-forum tier, a district's or council's
 * committee referring it up to the city, or the city's committee delegating it down to a district.
 */
export const agendaSource = z.enum([
  'department_referral',
  'forum_tier',
  'district_referral',
  'city_delegation',
]);
