import { CommandMetadata, Decider, DomainError, boundedText } from '@hyeopchi/domain-kernel';
import { PersonEvent } from './events';
import { PERSON_LIMITS } from './limits';
import { PersonState, evolvePerson, initialPerson } from './state';

export type PersonCommand = {
  type: 'ChoosePublicName';
  data: { personId: string; displayName: string };
  metadata: CommandMetadata;
};

export type PersonErrorCode = 'INVALID_PUBLIC_NAME' | 'NOT_YOUR_NAME';

const refuse = (code: PersonErrorCode, message: string) => new DomainError(code, message);

/** Only the person names themselves; naming oneself again by the same name changes nothing. */
export function decidePerson(
  { data: { personId, displayName }, metadata }: PersonCommand,
  state: PersonState,
): PersonEvent[] {
  if (metadata.actor !== personId) throw refuse('NOT_YOUR_NAME', 'people choose their own public name only');
  const name = boundedText(displayName, PERSON_LIMITS.displayName);
  if (name === null) {
    throw refuse('INVALID_PUBLIC_NAME', `a public name has 1 to ${PERSON_LIMITS.displayName} characters`);
  }
  if (name === state.displayName) return [];
  return [
    {
      type: 'person.named.v1',
      data: { personId, displayName: name, role: metadata.role ?? null, namedAt: metadata.now.toISOString() },
    },
  ];
}

export const personDecider: Decider<PersonCommand, PersonEvent, PersonState> = {
  initialState: initialPerson,
  decide: decidePerson,
  evolve: evolvePerson,
};
