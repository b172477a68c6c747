import { CITY_SPACE_ID, DomainError } from '@hyeopchi/domain-kernel';
import { SEOUL_DISTRICTS, districtById } from '../district/districts';

/** Where proposals are made and decided: the city, one of its districts, or a thematic council. */
export type SpaceKind = 'city' | 'district' | 'council';

export interface Space {
  readonly id: string;
  readonly kind: SpaceKind;
  readonly nameKo: string;
  readonly nameEn: string;
}

/**
 * The city's space. Everything recorded before there were spaces happened here: events written then read as the
 * city's (the upcasters in `space-upcasters.ts`), and its threshold policy and roster keep the streams they had.
 */
export const CITY_SPACE: Space = { id: CITY_SPACE_ID, kind: 'city', nameKo: '서울특별시', nameEn: 'Seoul' };

/** The spaces that exist without being created: the city and its 25 districts (a district's id is its own). */
export const STANDING_SPACES: readonly Space[] = [
  CITY_SPACE,
  ...SEOUL_DISTRICTS.map(({ id, nameKo, nameEn }) => ({ id, kind: 'district' as const, nameKo, nameEn })),
];

const STANDING = new Map(STANDING_SPACES.map((space) => [space.id, space]));

export function standingSpace(id: string): Space | null {
  return STANDING.get(id) ?? null;
}

export const isCity = (spaceId: string) => spaceId === CITY_SPACE.id;

/** The district a district's space is, or null for the city and councils. */
export const districtOfSpace = (spaceId: string) => districtById(spaceId);

export const unknownSpace = (spaceId: string) =>
  new DomainError(
    'UNKNOWN_SPACE',
    `"${spaceId}" is not a governance space: name the city (seoul), a district by its id (Mapo-gu) or a council the secretariat created`,
  );

/**
 * A stream of one of a space's own aggregates (its threshold policies, its roster). The city's keep the names
 * they had before there were spaces, so its history stays one stream; every other space's name ends in its id.
 */
export const spaceStream = (base: string, spaceId: string) => (isCity(spaceId) ? base : `${base}@${spaceId}`);
