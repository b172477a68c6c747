import { DATABASE, Database } from '@hyeopchi/event-infrastructure';
import { loadConfiguration } from '@hyeopchi/config';
import { PostgresEventStore } from '@hyeopchi/event-store';
import { COMMAND_SENDER, CommandSender } from '@hyeopchi/command-processing';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { allServices } from '@hyeopchi/platform';
import { seedMasterPlanFromStudy } from '@hyeopchi/committee/seeds';
import { Started, freshDatabase, testDatabaseUrl } from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';

describe('seeding the master plan from the study through the committee service', () => {
  let database: Started<string>;
  let app: INestApplication;

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_seed_${randomBytes(4).toString('hex')}`);
    const config = loadConfiguration({ DATABASE_URL: database.value });
    app = await startInProcessForTest(allServices(config), config, new TestClock());
  });
  afterAll(async () => {
    await app?.close();
    await database?.stop();
  });

  it('adopts the vision, 7 strategies and 8 pending issues once, however often it runs', async () => {
    const plan = {
      planId: 'governance-seoul',
      periodFrom: '2026-01-01T00:00:00Z',
      periodTo: '2030-12-31T00:00:00Z',
    };
    const sender = app.get<CommandSender>(COMMAND_SENDER);
    expect(await seedMasterPlanFromStudy(sender, plan)).toBe(16);
    await seedMasterPlanFromStudy(sender, plan);
    await expect(
      seedMasterPlanFromStudy(sender, { ...plan, periodTo: '2031-12-31T00:00:00Z' }),
    ).rejects.toThrow('PLAN_EXISTS');

    const store = await PostgresEventStore.open(app.get<Database>(DATABASE).pool, 'committee');
    const events = await store.readStream('master-plan-governance-seoul');
    const count = (type: string) => events.filter((event) => event.type === type).length;
    expect([count('master_plan.adopted.v1'), count('master_plan.strategy_defined.v1')]).toEqual([1, 7]);
    expect(count('master_plan.pending_issue_recorded.v1')).toBe(8);
    expect(events[0].data).toMatchObject({
      vision: 'Citizen-led sustainable collaborative governance, Making citizens happier',
    });
  });
});
