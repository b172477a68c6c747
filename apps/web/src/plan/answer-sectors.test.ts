import { describe, expect, it } from 'vitest';
import type { Person } from '../session/session';
import { answerSectors } from './answer-sectors';

const someone = (...roles: string[]): Person => ({
  subject: 'someone',
  roles,
  organizations: [],
  departments: [],
  onCommittee: false,
});

describe('the sector a survey answer counts for', () => {
  it('is private for civil society and public for the administration', () => {
    expect(answerSectors(someone('citizen'), null)).toEqual(['private']);
    expect(answerSectors(someone('cso_admin'), null)).toEqual(['private']);
    expect(answerSectors(someone('department_officer'), null)).toEqual(['public']);
    expect(answerSectors(someone('secretariat'), null)).toEqual(['public']);
  });

  it("is a committee member's seat's, and none for those who answer no survey", () => {
    expect(answerSectors(someone('committee_member'), 'private')).toEqual(['private']);
    expect(answerSectors(someone('committee_chair'), null)).toEqual([]);
    expect(answerSectors(someone('auditor'), null)).toEqual([]);
    expect(answerSectors(someone('admin'), null)).toEqual([]);
  });

  it('offers both to someone who is of both', () => {
    expect(answerSectors(someone('citizen', 'department_officer'), null)).toEqual(['private', 'public']);
  });
});
