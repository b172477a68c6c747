import { CommandMetadata, Decider, DomainError, entryOf, unreachable, Sector } from '@hyeopchi/domain-kernel';
import { RosterEvent } from './events';

/** The governance committee's one roster stream. */
export const ROSTER_STREAM = 'committee-roster';
export const MAX_MEMBERS = 25;

export type RosterCommand =
  | {
      type: 'AppointMember';
      data: { memberId: string; name: string; sector: Sector };
      metadata: CommandMetadata;
    }
  | { type: 'RemoveMember'; data: { memberId: string }; metadata: CommandMetadata }
  | { type: 'DesignateCoChairs'; data: { coChairs: [string, string] }; metadata: CommandMetadata };

export interface Roster {
  members: Readonly<Record<string, Sector>>;
  coChairs: readonly string[];
}

export type RosterErrorCode =
  'ROSTER_FULL' | 'ALREADY_ON_ROSTER' | 'NOT_ON_ROSTER' | 'INVALID_CO_CHAIRS' | 'CO_CHAIR_CANNOT_LEAVE';

const refuse = (code: RosterErrorCode, message: string) => new DomainError(code, message);

export function decideRoster(command: RosterCommand, roster: Roster): RosterEvent[] {
  const at = command.metadata.now.toISOString();
  switch (command.type) {
    case 'AppointMember': {
      const { memberId, name, sector } = command.data;
      if (entryOf(roster.members, memberId))
        throw refuse('ALREADY_ON_ROSTER', `${memberId} is on the roster already`);
      if (Object.keys(roster.members).length >= MAX_MEMBERS) {
        throw refuse('ROSTER_FULL', `the committee has at most ${MAX_MEMBERS} members`);
      }
      return [{ type: 'committee.member_appointed.v1', data: { memberId, name, sector, appointedAt: at } }];
    }
    case 'RemoveMember': {
      const { memberId } = command.data;
      if (!entryOf(roster.members, memberId))
        throw refuse('NOT_ON_ROSTER', `${memberId} is not on the roster`);
      if (roster.coChairs.includes(memberId)) {
        throw refuse('CO_CHAIR_CANNOT_LEAVE', `designate another co-chair before removing ${memberId}`);
      }
      return [{ type: 'committee.member_removed.v1', data: { memberId, removedAt: at } }];
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
      return [{ type: 'committee.co_chairs_designated.v1', data: { coChairs, designatedAt: at } }];
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
    default:
      return unreachable(event);
  }
}

export const rosterDecider: Decider<RosterCommand, RosterEvent, Roster> = {
  initialState: { members: {}, coChairs: [] },
  decide: decideRoster,
  evolve: evolveRoster,
};
