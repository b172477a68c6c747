import { RegisteredDepartmentEvent } from '@hyeopchi/civic/domain';
import { ProjectionsOf, changeRow } from '@hyeopchi/gateway-kit';
import { RegisteredDepartment } from './department.entities';

export const departmentDirectoryProjections: ProjectionsOf<RegisteredDepartmentEvent> = {
  'department.registered.v1': ({ departmentId, nameKo, nameEn, spaceId, registeredAt }, unit) =>
    unit.upsert(RegisteredDepartment, {
      id: departmentId,
      nameKo,
      nameEn,
      spaceId,
      registeredAt: new Date(registeredAt),
    }),
  'department.renamed.v1': ({ departmentId, nameKo, nameEn }, unit) =>
    unit.update(RegisteredDepartment, { id: departmentId }, { nameKo, nameEn }),
  'department.officer_assigned.v1': ({ departmentId, personId }, unit) =>
    changeRow(unit, RegisteredDepartment, { id: departmentId }, ({ officerIds }) => ({
      officerIds: [...officerIds, personId],
    })),
  'department.officer_released.v1': ({ departmentId, personId }, unit) =>
    changeRow(unit, RegisteredDepartment, { id: departmentId }, ({ officerIds }) => ({
      officerIds: officerIds.filter((officer) => officer !== personId),
    })),
};
