import { DomainEvent } from '@hyeopchi/domain-kernel';

/** A department the city registered: named in Korean and English, serving one governance space. */
export type DepartmentRegistered = DomainEvent<
  'department.registered.v1',
  {
    departmentId: string;
    nameKo: string;
    nameEn: string;
    spaceId: string;
    registeredBy: string;
    registeredAt: string;
  }
>;

/** Its names from now on; what was said under the old ones stays said. */
export type DepartmentRenamed = DomainEvent<
  'department.renamed.v1',
  { departmentId: string; nameKo: string; nameEn: string; renamedAt: string }
>;

/** A person listed in public as one of its officers. Their authority to act for it is their token's claim. */
export type DepartmentOfficerAssigned = DomainEvent<
  'department.officer_assigned.v1',
  { departmentId: string; personId: string; assignedBy: string; assignedAt: string }
>;

export type DepartmentOfficerReleased = DomainEvent<
  'department.officer_released.v1',
  { departmentId: string; personId: string; releasedBy: string; releasedAt: string }
>;

export type RegisteredDepartmentEvent =
  DepartmentRegistered | DepartmentRenamed | DepartmentOfficerAssigned | DepartmentOfficerReleased;
