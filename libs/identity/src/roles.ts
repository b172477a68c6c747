/** The platform's roles (ARCHITECTURE.md, "The people and what they do"). */
export const ROLES = [
  'citizen',
  'cso_member',
  'cso_admin',
  'department_officer',
  'department_head',
  'committee_member',
  'committee_chair',
  'secretariat',
  'auditor',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];
