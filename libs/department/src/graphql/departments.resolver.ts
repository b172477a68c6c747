import { Field, Float, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { PlatformClock, ReadModels } from '@hyeopchi/gateway-kit';
import { Review } from '@hyeopchi/department/read-model';

@ObjectType({
  description: "A department's reviews: how many are open, answered and overdue, and how fast it answers.",
})
export class DepartmentReviews {
  @Field({ description: 'The department id.' })
  department!: string;

  @Field(() => Int, { description: 'Reviews still open.' })
  open!: number;

  @Field(() => Int, { description: 'Reviews answered.' })
  answered!: number;

  @Field(() => Int, { description: 'Open reviews past their due date, and reviews answered late.' })
  overdue!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Median days from opening to answer; null before any answer.',
  })
  medianAnswerDays!: number | null;
}

@Resolver(() => DepartmentReviews)
export class DepartmentsResolver {
  constructor(
    private readonly readModels: ReadModels,
    private readonly clock: PlatformClock,
  ) {}

  @Query(() => [DepartmentReviews], {
    description:
      'Every department that was asked to review, by id, with its reviews counted (`departments` is the directory).',
  })
  async departmentReviews(): Promise<DepartmentReviews[]> {
    const rows = await this.readModels.manager
      .createQueryBuilder(Review, 'review')
      .select('review.department', 'department')
      .addSelect(`count(*) FILTER (WHERE review.status = 'open')`, 'open')
      .addSelect(`count(*) FILTER (WHERE review.status = 'answered')`, 'answered')
      // overdue as Review.overdue says it: by the platform's clock
      .addSelect('count(*) FILTER (WHERE coalesce(review.answeredAt, :now) > review.dueAt)', 'overdue')
      .setParameter('now', this.clock.now())
      .addSelect(
        `percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM review.answeredAt - review.openedAt) / 86400)`,
        'median',
      )
      .groupBy('review.department')
      .orderBy('review.department')
      .getRawMany<{
        department: string;
        open: string;
        answered: string;
        overdue: string;
        median: number | null;
      }>();
    return rows.map((row) => ({
      department: row.department,
      open: Number(row.open),
      answered: Number(row.answered),
      overdue: Number(row.overdue),
      medianAnswerDays: row.median === null ? null : Number(row.median),
    }));
  }
}
