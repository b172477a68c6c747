import { PersonEvent } from './events';

export interface PersonState {
  displayName: string | null;
}

export const initialPerson: PersonState = { displayName: null };

export const evolvePerson = (_state: PersonState, { data: { displayName } }: PersonEvent): PersonState => ({
  displayName,
});
