import { describe, expect, it } from 'vitest';
import { CouncilDraft, councilProblems } from './council-draft';

const TAKEN = ['seoul', 'Mapo-gu', 'climate-council'];
const draft = (change: Partial<CouncilDraft> = {}): CouncilDraft => ({
  councilId: 'housing-council',
  nameKo: '주거 협의회',
  nameEn: 'Housing Council',
  theme: '청년과 어르신의 주거',
  ...change,
});

describe('a draft thematic council', () => {
  it('is ready with an id of its own, both names and a theme', () => {
    expect(councilProblems(draft(), TAKEN)).toEqual({});
  });

  it('needs every field, each within its length', () => {
    expect(
      councilProblems(draft({ councilId: '', nameKo: ' ', nameEn: 'x'.repeat(101), theme: '' }), TAKEN),
    ).toEqual({
      councilId: 'councilId.required',
      nameKo: 'nameKo.required',
      nameEn: 'nameEn.tooLong',
      theme: 'theme.required',
    });
  });

  it('takes an id of letters, digits and _ . : - that no space has yet', () => {
    expect(councilProblems(draft({ councilId: 'housing council' }), TAKEN)).toEqual({
      councilId: 'councilId.characters',
    });
    expect(councilProblems(draft({ councilId: 'Mapo-gu' }), TAKEN)).toEqual({ councilId: 'councilId.taken' });
  });
});
