import { CommandMetadata, Decider, DomainError, boundedText, unreachable } from '@hyeopchi/domain-kernel';
import { standingSpace, unknownSpace } from '../space/spaces';
import { RegisteredDepartmentEvent } from './events';
import { DEPARTMENT_LIMITS } from './limits';
import { DepartmentState, evolveDepartment, initialDepartment } from './state';

type With<Type extends string, Data> = {
  type: Type;
  data: Data & { departmentId: string };
  metadata: CommandMetadata;
};

type Names = { nameKo: string; nameEn: string };

/**
 * Whether a council by the space id was created, as the civic service found it (a decider sees one stream); the
 * city and the districts stand without being created.
 */
type ForTheSpace = { councilFound: boolean };

export type DepartmentCommand =
  | With<'RegisterDepartment', Names & { spaceId: string } & ForTheSpace>
  | With<'RenameDepartment', Names>
  | With<'AssignDepartmentOfficer', { personId: string }>
  | With<'ReleaseDepartmentOfficer', { personId: string }>;

export type DepartmentErrorCode =
  | 'DEPARTMENT_EXISTS'
  | 'DEPARTMENT_NOT_FOUND'
  | 'INVALID_DEPARTMENT'
  | 'OFFICER_ALREADY_ASSIGNED'
  | 'OFFICER_NOT_ASSIGNED';

const refuse = (code: DepartmentErrorCode, message: string) => new DomainError(code, message);

function validNames({ nameKo, nameEn }: Names): Names {
  const name = (value: string, what: string) =>
    boundedText(value, DEPARTMENT_LIMITS.name) ??
    refuseInvalid(`the ${what} name has 1 to ${DEPARTMENT_LIMITS.name} characters`);
  return { nameKo: name(nameKo, 'Korean'), nameEn: name(nameEn, 'English') };
}

function refuseInvalid(message: string): never {
  throw refuse('INVALID_DEPARTMENT', message);
}

/** A department is registered once, in a space that exists; officers are listed once each. */
export function decideDepartment(
  command: DepartmentCommand,
  state: DepartmentState,
): RegisteredDepartmentEvent[] {
  const { departmentId } = command.data;
  const { actor, now } = command.metadata;
  const at = now.toISOString();
  if (command.type === 'RegisterDepartment') {
    if (state.status === 'registered') {
      throw refuse('DEPARTMENT_EXISTS', `a department "${departmentId}" is registered already`);
    }
    const { spaceId, councilFound } = command.data;
    if (!standingSpace(spaceId) && !councilFound) throw unknownSpace(spaceId);
    return [
      {
        type: 'department.registered.v1',
        data: { departmentId, ...validNames(command.data), spaceId, registeredBy: actor, registeredAt: at },
      },
    ];
  }
  if (state.status === 'unregistered') {
    throw refuse('DEPARTMENT_NOT_FOUND', `no department "${departmentId}" is registered`);
  }
  switch (command.type) {
    case 'RenameDepartment': {
      const names = validNames(command.data);
      if (names.nameKo === state.nameKo && names.nameEn === state.nameEn) return [];
      return [{ type: 'department.renamed.v1', data: { departmentId, ...names, renamedAt: at } }];
    }
    case 'AssignDepartmentOfficer': {
      const { personId } = command.data;
      if (state.officers.includes(personId)) {
        throw refuse('OFFICER_ALREADY_ASSIGNED', `${personId} is an officer of ${state.nameEn} already`);
      }
      return [
        {
          type: 'department.officer_assigned.v1',
          data: { departmentId, personId, assignedBy: actor, assignedAt: at },
        },
      ];
    }
    case 'ReleaseDepartmentOfficer': {
      const { personId } = command.data;
      if (!state.officers.includes(personId)) {
        throw refuse('OFFICER_NOT_ASSIGNED', `${personId} is not an officer of ${state.nameEn}`);
      }
      return [
        {
          type: 'department.officer_released.v1',
          data: { departmentId, personId, releasedBy: actor, releasedAt: at },
        },
      ];
    }
    default:
      return unreachable(command);
  }
}

export const departmentDecider: Decider<DepartmentCommand, RegisteredDepartmentEvent, DepartmentState> = {
  initialState: initialDepartment,
  decide: decideDepartment,
  evolve: evolveDepartment,
};

export const registeredDepartmentStream = (departmentId: string) => `registered-department-${departmentId}`;
