import { CommandMetadata, Decider, DomainError, entryOf, unreachable, Sector } from '@hyeopchi/domain-kernel';
import { RosterEvent } from './events';

export const MAX_MEMBERS = 25;

/**
 * `standing`: whether the space is the city or one of its districts, whose committees exist without being
 * established; the service finds it in civic's directory, never from the caller.
 */
type OnTheRoster<Data> = { data: Data & { spaceId: string; standing: boolean }; metadata: CommandMetadata };

export type RosterCommand =
  | ({ type: 'AppointMember' } & OnTheRoster<{ memberId: string; name: string; sector: Sector }>)
  | ({ type: 'RemoveMember' } & OnTheRoster<{ memberId: string }>)
  | ({ type: 'DesignateCoChairs' } & OnTheRoster<{ coChairs: [string, string] }>)
  | { type: 'EstablishCommittee'; data: { spaceId: string }; metadata: CommandMetadata };

export interface Roster {
  members: Readonly<Record<string, Sector>>;
  coChairs: readonly string[];
  /** Whether the space's committee was established (a council's, once civic created the council). */
  established: boolean;
}

export type RosterErrorCode =
  | 'ROSTER_FULL'
  | 'ALREADY_ON_ROSTER'
  | 'NOT_ON_ROSTER'
  | 'INVALID_CO_CHAIRS'
  | 'CO_CHAIR_CANNOT_LEAVE'
  | 'UNKNOWN_SPACE'
  | 'COMMITTEE_EXISTS';

const refuse = (code: RosterErrorCode, message: string) => new DomainError(code, message);

/** Whether the space has a committee: the city's and the districts' stand, a council's is established. */
export const hasCommittee = (standing: boolean, roster: Roster) => standing || roster.established;

export const unknownCommitteeSpace = (spaceId: string) =>
  refuse(
    'UNKNOWN_SPACE',
    `"${spaceId}" has no committee: name the city (seoul), a district by its id (Mapo-gu) or a council the secretariat created`,
  );

export function decideRoster(command: RosterCommand, roster: Roster): RosterEvent[] {
  const at = command.metadata.now.toISOString();
  const { spaceId } = command.data;
  if (command.type === 'EstablishCommittee') {
    if (roster.established) throw refuse('COMMITTEE_EXISTS', `${spaceId} has its committee already`);
    return [{ type: 'committee.established.v1', data: { spaceId, establishedAt: at } }];
  }
  if (!hasCommittee(command.data.standing, roster)) throw unknownCommitteeSpace(spaceId);
  switch (command.type) {
    case 'AppointMember': {
      const { memberId, name, sector } = command.data;
      if (entryOf(roster.members, memberId))
        throw refuse('ALREADY_ON_ROSTER', `${memberId} is on the roster already`);
      if (Object.keys(roster.members).length >= MAX_MEMBERS) {
        throw refuse('ROSTER_FULL', `the committee has at most ${MAX_MEMBERS} members`);
      }
      return [
        {
          type: 'committee.member_appointed.v1',
          data: { spaceId, memberId, name, sector, appointedAt: at },
        },
      ];
    }
    case 'RemoveMember': {
      const { memberId } = command.data;
      if (!entryOf(roster.members, memberId))
        throw refuse('NOT_ON_ROSTER', `${memberId} is not on the roster`);
      if (roster.coChairs.includes(memberId)) {
        throw refuse('CO_CHAIR_CANNOT_LEAVE', `designate another co-chair before removing ${memberId}`);
      }
      return [{ type: 'committee.member_removed.v1', data: { spaceId, memberId, removedAt: at } }];
    }
    case 'DesignateCoChairs': {
      const { coChairs } = command.data;
      if (
        coChairs.length !== 2 ||
        coChairs[0] === coChairs[1] ||
        !coChairs.every((id) => entryOf(roster.members, id))
      ) {
        throw refuse('INVALID_CO_CHAIRS', 'the committee has two co-chairs, both on its roster');
      }
      return [{ type: 'committee.co_chairs_designated.v1', data: { spaceId, coChairs, designatedAt: at } }];
    }
    default:
      return unreachable(command);
  }
}

export function evolveRoster(roster: Roster, event: RosterEvent): Roster {
  switch (event.type) {
    case 'committee.member_appointed.v1':
      return { ...roster, members: { ...roster.members, [event.data.memberId]: event.data.sector } };
    case 'committee.member_removed.v1': {
      const { [event.data.memberId]: _removed, ...members } = roster.members;
      return { ...roster, members };
    }
    case 'committee.co_chairs_designated.v1':
      return { ...roster, coChairs: event.data.coChairs };
    case 'committee.established.v1':
      return { ...roster, established: true };
    default:
      return unreachable(event);
  }
}

export const rosterDecider: Decider<RosterCommand, RosterEvent, Roster> = {
  initialState: { members: {}, coChairs: [], established: false },
  decide: decideRoster,
  evolve: evolveRoster,
};
