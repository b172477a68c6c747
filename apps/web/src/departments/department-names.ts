/** What a department is called, as the directory gives it (`Department`). */
export interface DepartmentNames {
  nameKo: string;
  nameEn: string;
}

/** A department's name in the reader's language: Korean unless English was picked. */
export function departmentName(department: DepartmentNames, language: string): string {
  return language === 'en' ? department.nameEn : department.nameKo;
}

/**
 * The department an id names, in words: the directory's name for it, or, for an id it does not register (written
 * before there was a directory), the id as written.
 */
export function namedDepartment(
  reference: { department: string; departmentInDirectory: DepartmentNames | null },
  language: string,
): string {
  return reference.departmentInDirectory
    ? departmentName(reference.departmentInDirectory, language)
    : reference.department;
}

/** The directory's departments as a reader picks among them: by name in their language, alphabetically. */
export function departmentChoices(
  departments: readonly (DepartmentNames & { id: string })[],
  language: string,
): { id: string; name: string }[] {
  return departments
    .map((department) => ({ id: department.id, name: departmentName(department, language) }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
}
