/**
 * The city's governance space: the one every context's events belonged to before there were spaces, and what
 * their upcasters give events written then.
 */
export const CITY_SPACE_ID = 'seoul';
