import { DomainEvent, Sector } from '@hyeopchi/domain-kernel';

export type { Sector };

export type MemberAppointed = DomainEvent<
  'committee.member_appointed.v1',
  { memberId: string; name: string; sector: Sector; appointedAt: string }
>;
export type MemberRemoved = DomainEvent<
  'committee.member_removed.v1',
  { memberId: string; removedAt: string }
>;
export type CoChairsDesignated = DomainEvent<
  'committee.co_chairs_designated.v1',
  { coChairs: [string, string]; designatedAt: string }
>;

export type RosterEvent = MemberAppointed | MemberRemoved | CoChairsDesignated;
