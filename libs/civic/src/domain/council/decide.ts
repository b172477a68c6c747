import { CommandMetadata, Decider, DomainError, boundedText } from '@hyeopchi/domain-kernel';
import { standingSpace } from '../space/spaces';
import { CouncilEvent } from './events';
import { COUNCIL_LIMITS } from './limits';
import { CouncilState, evolveCouncil, initialCouncil } from './state';

export type CouncilCommand = {
  type: 'CreateCouncil';
  data: { councilId: string; nameKo: string; nameEn: string; theme: string };
  metadata: CommandMetadata;
};

export type CouncilErrorCode = 'SPACE_TAKEN' | 'INVALID_COUNCIL';

const refuse = (code: CouncilErrorCode, message: string) => new DomainError(code, message);

const required = (value: string, max: number, what: string) => {
  const bounded = boundedText(value, max);
  if (bounded === null)
    throw refuse('INVALID_COUNCIL', `${what} has 1 to ${max.toLocaleString('en')} characters`);
  return bounded;
};

/** A council's id is a space id for good: it may not be the city's or a district's, nor taken twice. */
export function decideCouncil(
  { data: { councilId, nameKo, nameEn, theme }, metadata }: CouncilCommand,
  state: CouncilState,
): CouncilEvent[] {
  if (standingSpace(councilId)) {
    throw refuse('SPACE_TAKEN', `"${councilId}" is the city's or a district's space: choose another id`);
  }
  if (state.status === 'created') throw refuse('SPACE_TAKEN', `a council "${councilId}" exists already`);
  return [
    {
      type: 'council.created.v1',
      data: {
        councilId,
        nameKo: required(nameKo, COUNCIL_LIMITS.name, 'the Korean name'),
        nameEn: required(nameEn, COUNCIL_LIMITS.name, 'the English name'),
        theme: required(theme, COUNCIL_LIMITS.theme, 'the theme'),
        createdBy: metadata.actor,
        createdAt: metadata.now.toISOString(),
      },
    },
  ];
}

export const councilDecider: Decider<CouncilCommand, CouncilEvent, CouncilState> = {
  initialState: initialCouncil,
  decide: decideCouncil,
  evolve: evolveCouncil,
};

export const councilStream = (councilId: string) => `council-${councilId}`;
