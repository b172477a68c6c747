import { implementationAggregate } from './implementation.contract';
import { reviewAggregate } from './review.contract';

/** The department context's aggregates: every command it takes and the streams it writes. */
export const departmentAggregates = [reviewAggregate, implementationAggregate];
