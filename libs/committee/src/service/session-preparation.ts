import { hasCommittee, isChairedCommand, rosterDecider } from '@hyeopchi/committee/domain';
import { CommitteeEvent, rosterStream, sessionAggregate } from '@hyeopchi/committee/contract';
import { districtById, standingSpace } from '@hyeopchi/civic/contract';
import {
  AcceptedCommand,
  PreparedCommand,
  StreamEvent,
  StreamReader,
  stateOf,
} from '@hyeopchi/command-processing';
import { DataOf } from '@hyeopchi/contract-kit';
import { CITY_SPACE_ID, DomainError } from '@hyeopchi/domain-kernel';

type SessionContract = (typeof sessionAggregate.commands)[number];

/**
 * A session is run from the chair seats on its space's committee roster as it stands, whatever role a token
 * claims; its quorum is a majority of that roster when it is scheduled. A committee deliberates only what its
 * space's docket holds, and an agenda item joins the chain of the proposal it brings. A delegation names a district.
 */
export async function prepareSessionCommand(
  command: AcceptedCommand<SessionContract>,
  streams: StreamReader,
): Promise<PreparedCommand> {
  if (!isChairedCommand(command.type)) return { data: command.data };
  const spaceId =
    command.type === 'ScheduleSession'
      ? command.data.spaceId
      : await spaceOfSession(streams, command.data.sessionId);
  const roster = stateOf(rosterDecider, await streams.readStream(rosterStream(spaceId)));
  const chaired = { ...command.data, chairs: roster.coChairs };
  if (command.type === 'ScheduleSession') {
    const spaceExists = hasCommittee(standingSpace(spaceId) !== null, roster);
    return { data: { ...chaired, roster: Object.keys(roster.members), spaceExists } };
  }
  if (command.type === 'AddAgendaItem') {
    const { proposalId, source } = command.data;
    const docket = await streams.readStream(`docket-${proposalId}`);
    const proposed = docket.find(
      (event) =>
        isRecorded(event, 'docket.item_proposed.v1') &&
        event.data.source === source &&
        event.data.spaceId === spaceId,
    );
    if (!proposed) {
      throw new DomainError('NOT_ON_DOCKET', `${proposalId} is not on ${spaceId}'s docket by ${source}`);
    }
    return { data: chaired, correlationId: proposed.metadata.correlationId };
  }
  if (command.type === 'RecordDecision') {
    const { delegateTo } = command.data;
    if (delegateTo !== null && !districtById(delegateTo)) {
      throw new DomainError(
        'UNKNOWN_DISTRICT',
        `"${delegateTo}" is not one of Seoul's 25 districts (Mapo-gu)`,
      );
    }
  }
  return { data: chaired };
}

/** The space whose committee holds the session; the city's for a session not scheduled, which the decider refuses. */
async function spaceOfSession(streams: StreamReader, sessionId: string): Promise<string> {
  const [scheduled] = await streams.readStream(`session-${sessionId}`);
  return scheduled && isRecorded(scheduled, 'session.scheduled.v1') ? scheduled.data.spaceId : CITY_SPACE_ID;
}

/** What concerns an agenda item belongs to its proposal's chain. */
export function correlationOfAgendaItem(
  history: Iterable<StreamEvent>,
  data: DataOf<SessionContract>,
): string | undefined {
  if (!('itemId' in data)) return undefined;
  for (const event of history) {
    if (isRecorded(event, 'session.agenda_item_added.v1') && event.data.itemId === data.itemId)
      return event.metadata.correlationId;
  }
  return undefined;
}

/** Whether an event of one of the committee's streams is of `type`: only its deciders write them. */
function isRecorded<Type extends CommitteeEvent['type'], Event extends StreamEvent>(
  event: Event,
  type: Type,
): event is Event & { type: Type; data: Extract<CommitteeEvent, { type: Type }>['data'] } {
  return event.type === type;
}
