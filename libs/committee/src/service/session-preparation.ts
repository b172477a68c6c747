import { ROSTER_STREAM, isChairedCommand, rosterDecider } from '@hyeopchi/committee/domain';
import { CommitteeEvent, sessionAggregate } from '@hyeopchi/committee/contract';
import {
  AcceptedCommand,
  PreparedCommand,
  StreamEvent,
  StreamReader,
  stateOf,
} from '@hyeopchi/command-processing';
import { DataOf } from '@hyeopchi/contract-kit';
import { DomainError } from '@hyeopchi/domain-kernel';

type SessionContract = (typeof sessionAggregate.commands)[number];

/**
 * A session is run from the chair seats on the committee's roster as it stands, whatever role a token claims; its
 * quorum is a majority of that roster when it is scheduled. The committee deliberates only what its docket holds,
 * and an agenda item joins the chain of the proposal it brings.
 */
export async function prepareSessionCommand(
  command: AcceptedCommand<SessionContract>,
  streams: StreamReader,
): Promise<PreparedCommand> {
  if (!isChairedCommand(command.type)) return { data: command.data };
  const { members, coChairs } = stateOf(rosterDecider, await streams.readStream(ROSTER_STREAM));
  const chaired = { ...command.data, chairs: coChairs };
  if (command.type === 'ScheduleSession') return { data: { ...chaired, roster: Object.keys(members) } };
  if (command.type === 'AddAgendaItem') {
    const { proposalId, source } = command.data;
    const docket = await streams.readStream(`docket-${proposalId}`);
    const proposed = docket.find(
      (event) => isRecorded(event, 'docket.item_proposed.v1') && event.data.source === source,
    );
    if (!proposed) throw new DomainError('NOT_ON_DOCKET', `${proposalId} is not on the docket by ${source}`);
    return { data: chaired, correlationId: proposed.metadata.correlationId };
  }
  return { data: chaired };
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
