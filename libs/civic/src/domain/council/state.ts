import { CouncilEvent } from './events';

export type CouncilState =
  | { status: 'none' }
  | { status: 'created'; councilId: string; nameKo: string; nameEn: string; theme: string };

export const initialCouncil: CouncilState = { status: 'none' };

export function evolveCouncil(_state: CouncilState, { data }: CouncilEvent): CouncilState {
  const { councilId, nameKo, nameEn, theme } = data;
  return { status: 'created', councilId, nameKo, nameEn, theme };
}
