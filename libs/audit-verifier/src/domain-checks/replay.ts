import { AuditRecord, canonicalJson } from '@hyeopchi/audit';
import { DomainError, DomainEvent } from '@hyeopchi/domain-kernel';
import { Aggregate } from '../replay-rules';

export interface Replay {
  service: string;
  state: unknown;
  /** Events the domain decided together with the last one, still to come in the stream. */
  owed: DomainEvent[];
  last?: AuditRecord;
}

export function step(
  aggregate: Aggregate<unknown, DomainEvent, unknown>,
  replay: Replay,
  record: AuditRecord,
) {
  if (!Object.hasOwn(aggregate.commands, record.type)) {
    return `${record.type} is not an event this stream's aggregate records`;
  }
  const event: DomainEvent = { type: record.type, data: record.data };
  try {
    const problem = aggregate.inspect?.(event, replay.state) ?? decidedAgain(aggregate, replay, event);
    replay.state = aggregate.decider.evolve(replay.state, event);
    return problem;
  } catch (error) {
    // malformed data: a field the domain reads is missing or of the wrong kind
    return `${record.type} cannot be replayed: ${(error as Error).message}`;
  }
}

function decidedAgain(
  aggregate: Aggregate<unknown, DomainEvent, unknown>,
  replay: Replay,
  event: DomainEvent,
): string | undefined {
  const owed = replay.owed.shift();
  if (owed) return differences(event, owed, 'with the event before, the domain decides');
  const commandOf = aggregate.commands[event.type as keyof typeof aggregate.commands] as
    ((event: DomainEvent, state: unknown) => unknown) | null;
  if (!commandOf)
    return `${event.type} is recorded alone, but the domain decides it only with the event before`;
  let decided: DomainEvent[];
  try {
    decided = aggregate.decider.decide(commandOf(event, replay.state), replay.state);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return `the domain, replaying the stream, refuses this ${event.type}: ${error.message} (${error.code})`;
  }
  replay.owed = decided.slice(1);
  return differences(event, decided[0], 'replaying the stream, the domain decides');
}

function differences(recorded: DomainEvent, decided: DomainEvent, by: string): string | undefined {
  if (recorded.type !== decided.type)
    return `${by} ${decided.type} here, but the stream records ${recorded.type}`;
  const [mine, theirs] = [recorded.data, decided.data] as Record<string, unknown>[];
  const fields = Object.keys({ ...mine, ...theirs }).filter((key) => json(mine[key]) !== json(theirs[key]));
  if (fields.length === 0) return undefined;
  const show = (data: Record<string, unknown>) => fields.map((key) => `${key} ${json(data[key])}`).join(', ');
  return `${recorded.type} records ${show(mine)}, but ${by} ${show(theirs)}`;
}

export const json = (value: unknown) => (value === undefined ? 'nothing' : canonicalJson(value));
