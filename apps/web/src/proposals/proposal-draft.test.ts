import { describe, expect, it } from 'vitest';
import { ProposalDraft, departmentsOf, draftProblems } from './proposal-draft';

const draft: ProposalDraft = {
  title: 'Shade canopies',
  body: 'Shade over three playgrounds.',
  serves: ['strategy-5'],
  departments: 'parks, climate',
  district: 'Mapo-gu',
  organizationId: '',
};

describe('a proposal draft', () => {
  it('takes departments comma-separated, lead first, blanks ignored', () => {
    expect(departmentsOf(' parks ,climate,, ')).toEqual(['parks', 'climate']);
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
        departments: 'parks, parks',
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
    const many = Array.from({ length: 31 }, (_, index) => `d${index}`).join(',');
    expect(draftProblems({ ...draft, departments: many, title: 't'.repeat(201) })).toEqual({
      departments: 'departments.tooMany',
      title: 'title.tooLong',
    });
    expect(draftProblems({ ...draft, title: 't'.repeat(200) })).toEqual({});
  });
});
