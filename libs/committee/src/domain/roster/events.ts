import { DomainEvent, Sector } from '@hyeopchi/domain-kernel';

export type { Sector };

/** The space whose committee a roster event concerns (revision 2; rosters before spaces were the city's). */
interface OfSpace {
  spaceId: string;
}

export type MemberAppointed = DomainEvent<
  'committee.member_appointed.v1',
  OfSpace & { memberId: string; name: string; sector: Sector; appointedAt: string }
>;
export type MemberRemoved = DomainEvent<
  'committee.member_removed.v1',
  OfSpace & { memberId: string; removedAt: string }
>;
export type CoChairsDesignated = DomainEvent<
  'committee.co_chairs_designated.v1',
  OfSpace & { coChairs: [string, string]; designatedAt: string }
>;
/** A council's committee exists once civic created the council; the city's and the districts' always did. */
export type CommitteeEstablished = DomainEvent<
  'committee.established.v1',
  OfSpace & { establishedAt: string }
>;

export type RosterEvent = MemberAppointed | MemberRemoved | CoChairsDesignated | CommitteeEstablished;
