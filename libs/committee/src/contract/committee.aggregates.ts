import { docketAggregate } from './docket.contract';
import { indicatorAggregate } from './indicator.contract';
import { masterPlanAggregate } from './master-plan.contract';
import { rosterAggregate } from './roster.contract';
import { sessionAggregate } from './session.contract';

/** The committee context's aggregates: every command it takes and the streams it writes. */
export const committeeAggregates = [
  rosterAggregate,
  sessionAggregate,
  masterPlanAggregate,
  docketAggregate,
  indicatorAggregate,
];
