import { IndicatorEvent } from '@hyeopchi/committee/domain';
import { ProjectionsOf, changeRow } from '@hyeopchi/gateway-kit';
import { PlanIndicator } from './indicator.entities';

/** How the plan's indicators change the read models. */
export const indicatorProjections: ProjectionsOf<IndicatorEvent> = {
  'indicator.defined.v1': ({ indicatorId, definedAt, ...definition }, unit) =>
    unit.upsert(PlanIndicator, { id: indicatorId, ...definition, definedAt: new Date(definedAt) }),
  // a correction takes the year's place; the stream keeps the value it replaced
  'indicator.measured.v1': ({ indicatorId, ...measurement }, unit) =>
    changeRow(unit, PlanIndicator, { id: indicatorId }, ({ measurements }) => ({
      measurements: [...measurements.filter(({ year }) => year !== measurement.year), measurement].sort(
        (a, b) => a.year - b.year,
      ),
    })),
  'indicator.retired.v1': ({ indicatorId, retiredAt }, unit) =>
    unit.update(PlanIndicator, { id: indicatorId }, { retiredAt: new Date(retiredAt) }),
};
