import { ReadModelUnit } from '@hyeopchi/gateway-kit';
import { PersonProfile } from './people.entities';

/** The committee's roster names its members in public: their profile has the roster's name and their seat. */
export const recordCommitteeSeat = (unit: ReadModelUnit, id: string, rosterName: string) =>
  unit.upsert(PersonProfile, { id, rosterName, onCommittee: true });

export const recordCommitteeSeatEnded = (unit: ReadModelUnit, id: string) =>
  unit.update(PersonProfile, { id }, { onCommittee: false });

/** An officer who acted for a department is one of its officials in public. */
export const recordOfficial = (unit: ReadModelUnit, id: string, department: string) =>
  unit.upsert(PersonProfile, { id, department });
