import { describe, expect, it } from 'vitest';
import { departmentChoices, namedDepartment } from './department-names';

const PARKS = { id: 'parks', nameKo: '푸른도시여가국', nameEn: 'Green City and Leisure Bureau' };
const CLIMATE = { id: 'climate', nameKo: '기후환경본부', nameEn: 'Climate and Environment Headquarters' };

describe('department names', () => {
  it("names a department in the reader's language, or by its id when the directory registers none", () => {
    expect(namedDepartment({ department: 'parks', departmentInDirectory: PARKS }, 'ko')).toBe(
      '푸른도시여가국',
    );
    expect(namedDepartment({ department: 'parks', departmentInDirectory: PARKS }, 'en')).toBe(
      'Green City and Leisure Bureau',
    );
    expect(namedDepartment({ department: 'roads', departmentInDirectory: null }, 'ko')).toBe('roads');
  });

  it('offers the directory by name, alphabetically in the reader’s language', () => {
    expect(departmentChoices([PARKS, CLIMATE], 'ko').map(({ id }) => id)).toEqual(['climate', 'parks']);
    expect(departmentChoices([PARKS, CLIMATE], 'en').map(({ id }) => id)).toEqual(['climate', 'parks']);
  });
});
