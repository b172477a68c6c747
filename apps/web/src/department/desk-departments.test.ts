import { describe, expect, it } from 'vitest';
import type { Person } from '../session/session';
import { actsFor, deskDepartments } from './desk-departments';

const person = (roles: string[], departments: string[]): Person => ({
  subject: 'someone',
  roles,
  organizations: [],
  departments,
  onCommittee: false,
});
const asked = ['welfare', 'climate', 'parks'];

describe("a department desk's departments", () => {
  it("are an officer's own, whatever else was asked", () => {
    expect(deskDepartments(person(['department_officer'], ['parks']), asked)).toEqual(['parks']);
  });

  it('are every department asked for an administrator, in order, each once', () => {
    expect(deskDepartments(person(['admin'], ['parks']), asked)).toEqual(['climate', 'parks', 'welfare']);
  });

  it('let officers and heads act for their own department only, administrators not at all', () => {
    expect(actsFor(person(['department_officer'], ['parks']), 'parks')).toBe(true);
    expect(actsFor(person(['department_head'], ['parks']), 'parks')).toBe(true);
    expect(actsFor(person(['department_officer'], ['parks']), 'climate')).toBe(false);
    expect(actsFor(person(['admin'], []), 'parks')).toBe(false);
  });
});
