import { Implementation, Review } from './department.entities';

/** The department context's tables in the read models. */
export const departmentEntities = [Review, Implementation];
