import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { departmentName } from './department-names';

export const DEPARTMENT_DIRECTORY = graphql(`
  query DepartmentDirectory {
    departments {
      id
      nameKo
      nameEn
      spaceId
    }
  }
`);

/**
 * The directory's departments, and a function naming a department id in the reader's language (the id itself for
 * one the directory does not register). Every screen that names a department by id asks the same query once.
 */
export function useDepartmentDirectory() {
  const { i18n } = useTranslation();
  const [{ data }] = useQuery({ query: DEPARTMENT_DIRECTORY });
  const departments = data?.departments ?? null;
  const nameOf = useCallback(
    (id: string) => {
      const found = departments?.find((department) => department.id === id);
      return found ? departmentName(found, i18n.language) : id;
    },
    [departments, i18n.language],
  );
  return { departments, nameOf };
}
