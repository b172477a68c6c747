import { DomainEvent } from '@hyeopchi/domain-kernel';

/** A thematic council: a space of its own, beside the city and the districts, for one theme across them. */
export type CouncilCreated = DomainEvent<
  'council.created.v1',
  { councilId: string; nameKo: string; nameEn: string; theme: string; createdBy: string; createdAt: string }
>;

export type CouncilEvent = CouncilCreated;
