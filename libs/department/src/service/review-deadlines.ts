import { ProcessManager, Reaction, ScheduledTask, reaction, reactingTo } from '@hyeopchi/command-processing';
import { DepartmentEvent, EscalateOverdueReview } from '@hyeopchi/department/contract';
import { PoolClient } from 'pg';

/** The durable deadline clock: open reviews' due dates, kept from the department's own events. */
export const reviewDeadlines: ProcessManager = {
  name: 'department.review-deadlines',
  context: 'department',
  listensTo: ['department'],
  migrations: [
    {
      version: 1,
      up: (schema) => `
        CREATE TABLE ${schema}.review_deadlines (
          review_id text PRIMARY KEY,
          due_at    timestamptz NOT NULL
        );
        CREATE INDEX ON ${schema}.review_deadlines (due_at);`,
    },
  ],
  ...reactingTo<DepartmentEvent>({
    'review.opened.v1': async ({ reviewId, dueAt }, _event, tx) => {
      await tx.query(
        'INSERT INTO department.review_deadlines VALUES ($1, $2) ON CONFLICT (review_id) DO NOTHING',
        [reviewId, dueAt],
      );
      return [];
    },
    'review.answered.v1': ({ reviewId }, _event, tx) => forgetDeadline(reviewId, tx),
    'review.escalated.v1': ({ reviewId }, _event, tx) => forgetDeadline(reviewId, tx),
  }),
};

async function forgetDeadline(reviewId: string, tx: PoolClient): Promise<Reaction[]> {
  await tx.query('DELETE FROM department.review_deadlines WHERE review_id = $1', [reviewId]);
  return [];
}

/** Reviews past their due date without an answer are escalated, once, also after a restart. */
export const escalateOverdueReviews = (everyMs: number): ScheduledTask => ({
  name: 'department.escalate-overdue-reviews',
  everyMs,
  due: async (tx, now) => {
    const { rows } = await tx.query<{ review_id: string }>(
      'SELECT review_id FROM department.review_deadlines WHERE due_at < $1 ORDER BY due_at LIMIT 500',
      [now],
    );
    // the review's id is the key: a repeated find escalates it once
    return rows.map(({ review_id }) => reaction(EscalateOverdueReview, { reviewId: review_id }, review_id));
  },
});
