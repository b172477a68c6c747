import { describe, expect, it } from 'vitest';
import { addressInSpace, spaceInSearch } from './chosen-space';
import { SpaceNames, spaceGroups } from './space-names';

const SPACES: SpaceNames[] = [
  { id: 'seoul', kind: 'city', nameKo: '서울특별시', nameEn: 'Seoul' },
  { id: 'Jongno-gu', kind: 'district', nameKo: '종로구', nameEn: 'Jongno-gu' },
  { id: 'Mapo-gu', kind: 'district', nameKo: '마포구', nameEn: 'Mapo-gu' },
  { id: 'Gangnam-gu', kind: 'district', nameKo: '강남구', nameEn: 'Gangnam-gu' },
  { id: 'climate-council', kind: 'council', nameKo: '기후 협의회', nameEn: 'Climate Council' },
];

describe('the space a reader is in', () => {
  it('is the one the address names, or every space when it names none', () => {
    expect(spaceInSearch('?space=Mapo-gu&status=draft')).toBe('Mapo-gu');
    expect(spaceInSearch('?status=draft')).toBeNull();
    expect(spaceInSearch('?space=')).toBeNull();
  });

  it('changes in the address, the page and its other parameters kept', () => {
    expect(addressInSpace('http://localhost/?status=draft', 'Mapo-gu')).toBe('/?status=draft&space=Mapo-gu');
    expect(addressInSpace('http://localhost/plan?space=Mapo-gu#strategies', null)).toBe('/plan#strategies');
  });
});

describe('the spaces to pick from', () => {
  it('are the city, the districts by name in the reader’s language, then the councils', () => {
    expect(spaceGroups(SPACES, 'ko')).toEqual({
      city: [{ id: 'seoul', name: '서울특별시' }],
      districts: [
        { id: 'Gangnam-gu', name: '강남구' },
        { id: 'Mapo-gu', name: '마포구' },
        { id: 'Jongno-gu', name: '종로구' },
      ],
      councils: [{ id: 'climate-council', name: '기후 협의회' }],
    });
    expect(spaceGroups(SPACES, 'en').districts.map(({ name }) => name)).toEqual([
      'Gangnam-gu',
      'Jongno-gu',
      'Mapo-gu',
    ]);
  });
});
