import { SEOUL_DISTRICTS, districtById } from '@hyeopchi/civic/domain';

describe("Seoul's districts", () => {
  it('are the 25, each id, code and name once', () => {
    expect(SEOUL_DISTRICTS).toHaveLength(25);
    for (const field of ['id', 'code', 'nameKo', 'nameEn'] as const) {
      expect(new Set(SEOUL_DISTRICTS.map((district) => district[field])).size).toBe(25);
    }
  });

  it('carry five-digit codes of Seoul (11…), in order, and names of a 구 in both languages', () => {
    const codes = SEOUL_DISTRICTS.map(({ code }) => code);
    expect(codes.every((code) => /^11\d{3}$/.test(code))).toBe(true);
    expect([...codes].sort()).toEqual(codes);
    expect(
      SEOUL_DISTRICTS.every(({ nameKo, nameEn }) => nameKo.endsWith('구') && nameEn.endsWith('-gu')),
    ).toBe(true);
    expect(SEOUL_DISTRICTS[0]).toEqual({
      id: 'Jongno-gu',
      code: '11110',
      nameKo: '종로구',
      nameEn: 'Jongno-gu',
    });
    expect(SEOUL_DISTRICTS[24]).toEqual({
      id: 'Gangdong-gu',
      code: '11740',
      nameKo: '강동구',
      nameEn: 'Gangdong-gu',
    });
  });

  it('are found by the English name events stored before the directory, and nothing else', () => {
    expect(districtById('Mapo-gu')).toEqual({
      id: 'Mapo-gu',
      code: '11440',
      nameKo: '마포구',
      nameEn: 'Mapo-gu',
    });
    expect(districtById('마포구')).toBeNull();
    expect(districtById('mapo-gu')).toBeNull();
  });
});
