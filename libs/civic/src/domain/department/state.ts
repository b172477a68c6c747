import { unreachable } from '@hyeopchi/domain-kernel';
import { RegisteredDepartmentEvent } from './events';

export type DepartmentState =
  | { status: 'unregistered' }
  | {
      status: 'registered';
      departmentId: string;
      nameKo: string;
      nameEn: string;
      spaceId: string;
      officers: readonly string[];
    };

export const initialDepartment: DepartmentState = { status: 'unregistered' };

export function evolveDepartment(
  state: DepartmentState,
  { type, data }: RegisteredDepartmentEvent,
): DepartmentState {
  if (type === 'department.registered.v1') {
    const { departmentId, nameKo, nameEn, spaceId } = data;
    return { status: 'registered', departmentId, nameKo, nameEn, spaceId, officers: [] };
  }
  if (state.status === 'unregistered') return state;
  switch (type) {
    case 'department.renamed.v1':
      return { ...state, nameKo: data.nameKo, nameEn: data.nameEn };
    case 'department.officer_assigned.v1':
      return { ...state, officers: [...state.officers, data.personId] };
    case 'department.officer_released.v1':
      return { ...state, officers: state.officers.filter((officer) => officer !== data.personId) };
    default:
      return unreachable(type);
  }
}
