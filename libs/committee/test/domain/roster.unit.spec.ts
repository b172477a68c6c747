import { MAX_MEMBERS, RosterCommand, RosterEvent, rosterDecider } from '@hyeopchi/committee/domain';
import { deciderSpecification } from '@hyeopchi/testing';

const given = deciderSpecification(rosterDecider);
const now = new Date('2026-01-10T09:00:00Z');
const at = now.toISOString();
const metadata = { now, actor: 'admin-1' };
/** The city's committee stands without being established; so do the districts'. */
const city = { spaceId: 'seoul', standing: true };
const appointed = (memberId: string, sector: 'public' | 'private' = 'private'): RosterEvent => ({
  type: 'committee.member_appointed.v1',
  data: { spaceId: 'seoul', memberId, name: memberId, sector, appointedAt: at },
});
const appoint = (memberId: string): RosterCommand => ({
  type: 'AppointMember',
  data: { ...city, memberId, name: memberId, sector: 'private' },
  metadata,
});
const coChairs = (a: string, b: string): RosterCommand => ({
  type: 'DesignateCoChairs',
  data: { ...city, coChairs: [a, b] },
  metadata,
});

describe('committee roster', () => {
  it('appoints public and private members, each once', () => {
    given().when(appoint('m-1')).then(appointed('m-1'));
    given()
      .when({
        type: 'AppointMember',
        data: { ...city, memberId: 'vice-mayor', name: 'vice-mayor', sector: 'public' },
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
        data: { spaceId: 'seoul', coChairs: ['vice-mayor', 'civic-chair'], designatedAt: at },
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
      data: { spaceId: 'seoul', coChairs: ['a', 'b'], designatedAt: at },
    };
    const remove = (memberId: string): RosterCommand => ({
      type: 'RemoveMember',
      data: { ...city, memberId },
      metadata,
    });
    given(appointed('a'), appointed('b'), appointed('c'), designated)
      .when(remove('c'))
      .then({
        type: 'committee.member_removed.v1',
        data: { spaceId: 'seoul', memberId: 'c', removedAt: at },
      });
    given(appointed('a'), appointed('b'), designated).when(remove('a')).thenRefuses('CO_CHAIR_CANNOT_LEAVE');
    given().when(remove('x')).thenRefuses('NOT_ON_ROSTER');
    given().when(remove('constructor')).thenRefuses('NOT_ON_ROSTER');
  });

  describe("a council's committee", () => {
    const council = { spaceId: 'climate', standing: false };
    const established: RosterEvent = {
      type: 'committee.established.v1',
      data: { spaceId: 'climate', establishedAt: at },
    };
    const establish: RosterCommand = { type: 'EstablishCommittee', data: { spaceId: 'climate' }, metadata };
    const appointInCouncil: RosterCommand = {
      type: 'AppointMember',
      data: { ...council, memberId: 'm-1', name: 'm-1', sector: 'private' },
      metadata,
    };

    it('is established once, when civic creates the council', () => {
      given().when(establish).then(established);
      given(established).when(establish).thenRefuses('COMMITTEE_EXISTS');
    });

    it('takes members once established, and refuses a space that has no committee', () => {
      given(established)
        .when(appointInCouncil)
        .then({
          type: 'committee.member_appointed.v1',
          data: { spaceId: 'climate', memberId: 'm-1', name: 'm-1', sector: 'private', appointedAt: at },
        });
      given().when(appointInCouncil).thenRefuses('UNKNOWN_SPACE');
      given()
        .when({ type: 'RemoveMember', data: { ...council, memberId: 'm-1' }, metadata })
        .thenRefuses('UNKNOWN_SPACE');
    });
  });
});
