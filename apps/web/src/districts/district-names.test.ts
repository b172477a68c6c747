import { describe, expect, it } from 'vitest';
import { districtChoices, districtName, placeName } from './district-names';

const MAPO = { id: 'Mapo-gu', nameKo: '마포구', nameEn: 'Mapo-gu' };
const GANGNAM = { id: 'Gangnam-gu', nameKo: '강남구', nameEn: 'Gangnam-gu' };
const JONGNO = { id: 'Jongno-gu', nameKo: '종로구', nameEn: 'Jongno-gu' };

describe("a district's name", () => {
  it('is Korean unless English was picked', () => {
    expect(districtName(MAPO, 'ko')).toBe('마포구');
    expect(districtName(MAPO, 'en')).toBe('Mapo-gu');
  });

  it('orders the choices by name in the reader’s language, each with its id', () => {
    expect(districtChoices([JONGNO, MAPO, GANGNAM], 'ko')).toEqual([
      { id: 'Gangnam-gu', name: '강남구' },
      { id: 'Mapo-gu', name: '마포구' },
      { id: 'Jongno-gu', name: '종로구' },
    ]);
    expect(districtChoices([MAPO, JONGNO, GANGNAM], 'en').map(({ id }) => id)).toEqual([
      'Gangnam-gu',
      'Jongno-gu',
      'Mapo-gu',
    ]);
  });

  it('names a place by the directory, or as written before there was one', () => {
    expect(placeName({ district: 'Mapo-gu', districtInDirectory: MAPO }, 'ko')).toBe('마포구');
    expect(placeName({ district: 'Mapo', districtInDirectory: null }, 'ko')).toBe('Mapo');
  });
});
