import { DomainEvent } from '@hyeopchi/domain-kernel';

/**
 * The name a person chose to be shown by, from now on. `role` is the one they named themselves in, as the platform
 * authenticated it (null when none was named): what their public profile says they are.
 */
export type PersonNamed = DomainEvent<
  'person.named.v1',
  { personId: string; displayName: string; role: string | null; namedAt: string }
>;

export type PersonEvent = PersonNamed;
