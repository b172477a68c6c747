import { describe, expect, it } from 'vitest';
import { ProposalDraft, departmentsInOrder, draftProblems } from './proposal-draft';

const draft: ProposalDraft = {
  title: 'Shade canopies',
  body: 'Shade over three playgrounds.',
  serves: ['strategy-5'],
  departments: ['parks', 'climate'],
  district: 'Mapo-gu',
  organizationId: '',
};

describe('a proposal draft', () => {
  it('keeps the departments asked before in their order, the lead first, and adds the newly chosen after', () => {
    expect(departmentsInOrder(['climate', 'parks', 'welfare'], ['parks', 'climate'])).toEqual([
      'parks',
      'climate',
      'welfare',
    ]);
    expect(departmentsInOrder(['climate', 'parks'], [])).toEqual(['climate', 'parks']);
  });

  it('has no problem when complete', () => {
    expect(draftProblems(draft)).toEqual({});
  });

  it('names each field that needs fixing, and how', () => {
    expect(
      draftProblems({
        ...draft,
        title: '   ',
        body: 'x'.repeat(20_001),
        serves: [],
        departments: ['parks', 'parks'],
        district: '',
      }),
    ).toEqual({
      title: 'title.required',
      body: 'body.tooLong',
      serves: 'serves.required',
      departments: 'departments.repeated',
      district: 'district.required',
    });
  });

  it('takes at most 30 departments and a title of 200 characters', () => {
    const many = Array.from({ length: 31 }, (_, index) => `d${index}`);
    expect(draftProblems({ ...draft, departments: many, title: 't'.repeat(201) })).toEqual({
      departments: 'departments.tooMany',
      title: 'title.tooLong',
    });
    expect(draftProblems({ ...draft, title: 't'.repeat(200) })).toEqual({});
  });
});
