import { DEPARTMENT_LIMITS, departmentDecider, registeredDepartmentStream } from '@hyeopchi/civic/domain';
import {
  ID_RULE,
  defineAggregate,
  defineCommand,
  foundByTheService,
  identifier,
  text,
} from '@hyeopchi/contract-kit';
import { z } from 'zod';

const departmentId = { departmentId: identifier };
const names = { nameKo: text(DEPARTMENT_LIMITS.name), nameEn: text(DEPARTMENT_LIMITS.name) };
const officer = { ...departmentId, personId: identifier };
const bySecretariat = { roles: ['secretariat', 'admin'] } as const;
const theDepartment = { departmentId: 'The department, by its id in the directory.' };
const officerFields = { ...theDepartment, personId: 'The officer (subject id).' };
const nameFields = {
  nameKo: `Its Korean name, up to ${DEPARTMENT_LIMITS.name} characters (기후환경본부).`,
  nameEn: `Its English name, up to ${DEPARTMENT_LIMITS.name} characters (Climate and Environment Headquarters).`,
};

export const RegisterDepartment = defineCommand(
  'civic',
  'RegisterDepartment',
  z.object({ ...departmentId, ...names, spaceId: identifier }).strict(),
  {
    access: bySecretariat,
    description:
      'Register a department in the directory (secretariat, admins): proposals may name it once it is registered.',
    fields: {
      departmentId: `An id you choose for it ${ID_RULE}; officers' department claims name it.`,
      ...nameFields,
      spaceId: 'The space it serves: the city (seoul), a district (Mapo-gu) or a council.',
    },
  },
);

export const RenameDepartment = defineCommand(
  'civic',
  'RenameDepartment',
  z.object({ ...departmentId, ...names }).strict(),
  {
    access: bySecretariat,
    description: 'Rename a registered department (secretariat, admins).',
    fields: { ...theDepartment, ...nameFields },
  },
);

export const AssignDepartmentOfficer = defineCommand(
  'civic',
  'AssignDepartmentOfficer',
  z.object(officer).strict(),
  {
    access: bySecretariat,
    description:
      "List a person among a department's officers in the directory (secretariat, admins). Their authority to act for it stays their sign-in's department claim.",
    fields: officerFields,
  },
);

export const ReleaseDepartmentOfficer = defineCommand(
  'civic',
  'ReleaseDepartmentOfficer',
  z.object(officer).strict(),
  {
    access: bySecretariat,
    description: "Take a person off a department's officers in the directory (secretariat, admins).",
    fields: officerFields,
  },
);

export const departmentAggregate = defineAggregate({
  context: 'civic',
  name: 'registered-department',
  decider: departmentDecider,
  streamId: ({ departmentId }) => registeredDepartmentStream(departmentId),
  commands: [RegisterDepartment, RenameDepartment, AssignDepartmentOfficer, ReleaseDepartmentOfficer],
  // a council's space exists once the secretariat created it: the service reads the council's stream
  ...foundByTheService<{ councilFound: boolean }>(),
});
