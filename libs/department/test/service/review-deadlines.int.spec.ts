import { DATABASE, Database } from '@hyeopchi/event-infrastructure';
import { nameBasedUuid } from '@hyeopchi/name-based-uuid';
import { loadConfiguration } from '@hyeopchi/config';
import { PostgresEventStore } from '@hyeopchi/event-store';
import { CommandDispatcher } from '@hyeopchi/command-processing';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { departmentService } from '@hyeopchi/department/service';
import { Started, eventually, freshDatabase, testDatabaseUrl, testPool } from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';

describe('the durable deadline clock', () => {
  const run = randomBytes(4).toString('hex');
  const clock = new TestClock();
  const config = () => loadConfiguration({ DATABASE_URL: database.value, DEADLINE_SCAN_INTERVAL_MS: '100' });
  let database: Started<string>;
  let pool: Pool;
  const apps: INestApplication[] = [];
  const start = async () => {
    const app = await startInProcessForTest([departmentService(config())], config(), clock);
    apps.push(app);
    return app;
  };
  const send = async (app: INestApplication, type: string, data: object) => {
    const reply = await app.get(CommandDispatcher).dispatch({ type, actor: 'officer-lee', data });
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  };
  const reviewTypes = async (reviewId: string) =>
    (await (await PostgresEventStore.open(pool, 'department')).readStream(`review-${reviewId}`)).map(
      (event) => event.type,
    );

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_deadlines_${run}`);
    pool = testPool(database.value, 3);
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await pool?.end();
    await database?.stop();
  });

  it('escalates a review that fell due while the service was down, once, even with two replicas', async () => {
    const first = await start();
    const open = (reviewId: string) =>
      send(first, 'OpenReview', {
        reviewId,
        proposalId: `p-${run}`,
        department: 'parks',
        departments: ['parks'],
        leadDepartment: 'parks',
      });
    await open('unanswered');
    await open('answered');
    await send(first, 'AnswerReview', {
      reviewId: 'answered',
      department: 'parks',
      outcome: 'accepted',
      reasons: 'Funded this year.',
      estimatedCost: 1_000_000,
    });
    const { pool: servicePool } = first.get<Database>(DATABASE);
    await eventually(async () => {
      const { rows } = await servicePool.query('SELECT review_id FROM department.review_deadlines');
      expect(rows).toEqual([{ review_id: 'unanswered' }]);
    });
    await first.close();
    apps.splice(apps.indexOf(first), 1);

    clock.advanceDays(40);
    await Promise.all([start(), start()]);

    await eventually(async () => expect(await reviewTypes('unanswered')).toContain('review.escalated.v1'));
    await eventually(async () => {
      const { rows } = await pool.query('SELECT count(*)::int AS left FROM department.review_deadlines');
      expect(rows[0].left).toBe(0);
    });
    expect(await reviewTypes('unanswered')).toEqual(['review.opened.v1', 'review.escalated.v1']);
    expect(await reviewTypes('answered')).toEqual(['review.opened.v1', 'review.answered.v1']);
  });

  it('escalates a review whose escalation command id an officer used first', async () => {
    const app = await start();
    const reviewId = `pre-empted-${run}`;
    await send(app, 'OpenReview', {
      reviewId,
      proposalId: `p-${run}`,
      department: 'parks',
      departments: ['parks'],
      leadDepartment: 'parks',
    });
    // what the deadline clock will send, computed by anyone who knows its name and the review's id
    const escalationCommandId = nameBasedUuid(`department.escalate-overdue-reviews/${reviewId}`);
    const interim = await app.get(CommandDispatcher).dispatch({
      type: 'GiveInterimAnswer',
      actor: 'officer-lee',
      role: 'department_officer',
      commandId: escalationCommandId,
      data: { reviewId, department: 'parks', text: 'We are looking into it.' },
    });
    expect(interim.ok).toBe(true);

    clock.advanceDays(40);

    await eventually(async () =>
      expect(await reviewTypes(reviewId)).toEqual([
        'review.opened.v1',
        'review.interim_answer_given.v1',
        'review.escalated.v1',
      ]),
    );
  });
});
