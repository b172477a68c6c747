import { AccessCheck } from '@hyeopchi/identity';

/**
 * The caller works for the department the command acts for: the one it names, or else the one its implementation
 * belongs to (the platform's record, looked up by the caller). The deciders check again that a review answers
 * only its own department.
 */
export const ofTheDepartment: AccessCheck = ({ departments }, data, subject) => {
  const department = (data.department as string | undefined) ?? subject.department;
  if (!department) return 'the department this command acts for is not known';
  return departments.includes(department) ? null : `only officers of ${department} may do this`;
};
