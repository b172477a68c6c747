import type { Identity } from './identity';

/**
 * Who one can be in the demo city, for the web app's persona picker (standalone mode): one of each kind of user,
 * each with the memberships the demo seed gives them.
 */
export const DEMO_PERSONAS: readonly Identity[] = [
  { subject: 'citizen-6', roles: ['citizen'], organizations: [], departments: [], onCommittee: false },
  {
    subject: 'lee-minho',
    roles: ['cso_member'],
    organizations: ['mapo-green'],
    departments: [],
    onCommittee: false,
  },
  {
    subject: 'kim-jiyoung',
    roles: ['cso_admin'],
    organizations: ['mapo-green'],
    departments: [],
    onCommittee: false,
  },
  {
    subject: 'park-seoyeon',
    roles: ['cso_admin'],
    organizations: ['seongbuk-youth'],
    departments: [],
    onCommittee: false,
  },
  ...(['parks', 'climate', 'welfare'] as const).map((department): Identity => ({
    subject: `officer-${department}`,
    roles: ['department_officer'],
    organizations: [],
    departments: [department],
    onCommittee: false,
  })),
  {
    subject: 'member-yoon',
    roles: ['committee_member'],
    organizations: [],
    departments: [],
    onCommittee: true,
  },
  {
    subject: 'member-han',
    roles: ['committee_chair'],
    organizations: [],
    departments: [],
    onCommittee: true,
  },
  {
    subject: 'member-mapo-kang',
    roles: ['committee_chair'],
    organizations: [],
    departments: [],
    onCommittee: true,
  },
  {
    subject: 'secretariat-jung',
    roles: ['secretariat'],
    organizations: [],
    departments: [],
    onCommittee: false,
  },
  { subject: 'auditor-lee', roles: ['auditor'], organizations: [], departments: [], onCommittee: false },
  { subject: 'admin', roles: ['admin'], organizations: [], departments: [], onCommittee: false },
];
