import { nameBasedUuid } from '@hyeopchi/name-based-uuid';

/** One review per proposal and department: the id is derived, so a redelivered tier opens nothing twice. */
export const reviewIdFor = (proposalId: string, department: string) =>
  nameBasedUuid(`review/${proposalId}/${department}`);
/** One implementation per adopting decision. */
export const implementationIdFor = (decisionId: string) => nameBasedUuid(`implementation/${decisionId}`);
