import type { Person } from '../session/session';

const OFFICER_ROLES = ['department_officer', 'department_head'];

/** The departments whose desk a person opens: their own; administrators every department asked to review. */
export function deskDepartments(person: Person, asked: readonly string[]): string[] {
  if (!person.roles.includes('admin')) return person.departments;
  return [...new Set([...person.departments, ...asked])].sort();
}

/** Whether the person answers and reports for the department: its officers and heads do, administrators look. */
export function actsFor(person: Person, department: string): boolean {
  return person.departments.includes(department) && person.roles.some((role) => OFFICER_ROLES.includes(role));
}
