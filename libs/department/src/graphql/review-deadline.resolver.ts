import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PlatformClock } from '@hyeopchi/gateway-kit';
import { Review } from '@hyeopchi/department/read-model';

const DAY_MS = 24 * 60 * 60 * 1000;

const wholeDaysBetween = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / DAY_MS);

/**
 * A review's deadline as of the platform's clock, the one that escalates reviews: a browser's clock may be wrong,
 * and tests move the platform's forward.
 */
@Resolver(() => Review)
export class ReviewDeadlineResolver {
  constructor(private readonly clock: PlatformClock) {}

  @ResolveField(() => Int, {
    description:
      "Whole days since it opened, until its answer or, while open, until now (the platform's clock).",
  })
  daysElapsed(@Parent() review: Review): number {
    return wholeDaysBetween(review.openedAt, this.endOf(review));
  }

  @ResolveField(() => Int, {
    description: 'Whole days it has to be answered in: from its opening to its due date.',
  })
  daysAllowed(@Parent() review: Review): number {
    return wholeDaysBetween(review.openedAt, review.dueAt);
  }

  @ResolveField(() => Boolean, {
    description:
      "Whether it is past due: still open after its due date (the platform's clock), or answered late.",
  })
  overdue(@Parent() review: Review): boolean {
    return this.endOf(review) > review.dueAt;
  }

  private endOf(review: Review): Date {
    return review.answeredAt ?? this.clock.now();
  }
}
