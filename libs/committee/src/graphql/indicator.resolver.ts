import { indicatorProgress } from '@hyeopchi/committee/domain';
import { IndicatorProgressView, PlanIndicator } from '@hyeopchi/committee/read-model';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';

@Resolver(() => PlanIndicator)
export class PlanIndicatorResolver {
  @ResolveField(() => IndicatorProgressView, {
    description: 'How far it has come: the latest measurement against a steady pace from baseline to target.',
  })
  progress(@Parent() indicator: PlanIndicator): IndicatorProgressView {
    const { latest, ...progress } = indicatorProgress(indicator, indicator.measurements);
    return {
      ...progress,
      latest: latest && (indicator.measurements.find(({ year }) => year === latest.year) ?? null),
    };
  }
}
