import { describe, expect, it } from 'vitest';
import { organizationProblems } from './organization-draft';

describe('an organization to register', () => {
  it('has no problem when complete', () => {
    expect(
      organizationProblems({ organizationId: 'mapo-green', name: '마포 녹색', district: 'Mapo-gu' }),
    ).toEqual({});
  });

  it('names each field that needs fixing, and how', () => {
    expect(organizationProblems({ organizationId: 'mapo green', name: ' ', district: '' })).toEqual({
      organizationId: 'organizationId.characters',
      name: 'name.required',
      district: 'district.required',
    });
    expect(organizationProblems({ organizationId: '', name: 'n', district: 'Jung-gu' })).toEqual({
      organizationId: 'organizationId.required',
    });
  });
});
