import { Proposal } from '@hyeopchi/civic/read-model';
import { Review } from '@hyeopchi/department/read-model';
import { PlatformClock, ReadModels } from '@hyeopchi/gateway-kit';
import { sampledGauge } from '@hyeopchi/observability';
import { Injectable, OnModuleDestroy } from '@nestjs/common';

const overdueReviews = sampledGauge({
  name: 'hyeopchi_overdue_reviews',
  help: "Department reviews still unanswered after their deadline, by the proposal's governance space.",
  labelNames: ['space'],
});

// spaces are the city, its districts and the councils the secretariat creates: far fewer than this
const MAX_SPACES = 500;

/** Counts, when scraped, the open reviews past their deadline on the platform's clock, from the read models. */
@Injectable()
export class OverdueReviews implements OnModuleDestroy {
  private readonly untrack = overdueReviews.track(() => this.count());

  constructor(
    private readonly readModels: ReadModels,
    private readonly clock: PlatformClock,
  ) {}

  onModuleDestroy(): void {
    this.untrack();
  }

  private async count(): Promise<{ labels: { space: string }; value: number }[]> {
    const rows = await this.readModels.manager
      .createQueryBuilder(Review, 'review')
      .leftJoin(Proposal, 'proposal', 'proposal.id = review.proposalId')
      .select("COALESCE(proposal.spaceId, 'unknown')", 'space')
      .addSelect('COUNT(*)::int', 'overdue')
      .where("review.status = 'open'")
      .andWhere('review.dueAt < :now', { now: this.clock.now() })
      .groupBy('1')
      .limit(MAX_SPACES)
      .getRawMany<{ space: string; overdue: number }>();
    return rows.map(({ space, overdue }) => ({ labels: { space }, value: overdue }));
  }
}
