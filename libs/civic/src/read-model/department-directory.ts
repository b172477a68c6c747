import { rowOfRequest } from '@hyeopchi/gateway-kit';
import { EntityManager } from 'typeorm';
import { RegisteredDepartment } from './department.entities';

/**
 * The directory's department `id` names, or null when it registers none (an id written before the directory, or a
 * token's claim). Read together with the others the same GraphQL request names (`request`).
 */
export async function departmentInDirectory(
  request: object,
  manager: EntityManager,
  id: string | null,
): Promise<RegisteredDepartment | null> {
  if (!id) return null;
  return (await rowOfRequest(request, manager, RegisteredDepartment, id)) ?? null;
}
