import { MAX_MEMBERS, RosterCommand, RosterEvent, rosterDecider } from '@hyeopchi/committee/domain';
import { deciderSpecification } from '@hyeopchi/testing';

const given = deciderSpecification(rosterDecider);
const now = new Date('2026-01-10T09:00:00Z');
const at = now.toISOString();
const metadata = { now, actor: 'admin-1' };
const appointed = (memberId: string, sector: 'public' | 'private' = 'private'): RosterEvent => ({
  type: 'committee.member_appointed.v1',
  data: { memberId, name: memberId, sector, appointedAt: at },
});
const appoint = (memberId: string): RosterCommand => ({
  type: 'AppointMember',
  data: { memberId, name: memberId, sector: 'private' },
  metadata,
});
const coChairs = (a: string, b: string): RosterCommand => ({
  type: 'DesignateCoChairs',
  data: { coChairs: [a, b] },
  metadata,
});

describe('committee roster', () => {
  it('appoints public and private members, each once', () => {
    given().when(appoint('m-1')).then(appointed('m-1'));
    given()
      .when({
        type: 'AppointMember',
        data: { memberId: 'vice-mayor', name: 'vice-mayor', sector: 'public' },
        metadata,
      })
      .then(appointed('vice-mayor', 'public'));
    given(appointed('m-1')).when(appoint('m-1')).thenRefuses('ALREADY_ON_ROSTER');
  });

  it(`holds at most ${MAX_MEMBERS} members`, () => {
    const full = Array.from({ length: MAX_MEMBERS }, (_, i) => appointed(`m-${i}`));
    given(...full)
      .when(appoint('one-too-many'))
      .thenRefuses('ROSTER_FULL');
  });

  it('has two co-chairs from its roster', () => {
    given(appointed('vice-mayor', 'public'), appointed('civic-chair'))
      .when(coChairs('vice-mayor', 'civic-chair'))
      .then({
        type: 'committee.co_chairs_designated.v1',
        data: { coChairs: ['vice-mayor', 'civic-chair'], designatedAt: at },
      });
    given(appointed('vice-mayor', 'public'))
      .when(coChairs('vice-mayor', 'outsider'))
      .thenRefuses('INVALID_CO_CHAIRS');
    given(appointed('vice-mayor', 'public'))
      .when(coChairs('vice-mayor', 'vice-mayor'))
      .thenRefuses('INVALID_CO_CHAIRS');
  });

  it('removes a member, but not a co-chair', () => {
    const designated: RosterEvent = {
      type: 'committee.co_chairs_designated.v1',
      data: { coChairs: ['a', 'b'], designatedAt: at },
    };
    const remove = (memberId: string): RosterCommand => ({
      type: 'RemoveMember',
      data: { memberId },
      metadata,
    });
    given(appointed('a'), appointed('b'), appointed('c'), designated)
      .when(remove('c'))
      .then({ type: 'committee.member_removed.v1', data: { memberId: 'c', removedAt: at } });
    given(appointed('a'), appointed('b'), designated).when(remove('a')).thenRefuses('CO_CHAIR_CANNOT_LEAVE');
    given().when(remove('x')).thenRefuses('NOT_ON_ROSTER');
    given().when(remove('constructor')).thenRefuses('NOT_ON_ROSTER');
  });
});
