import { Leadership, LeaderWork } from '@hyeopchi/event-infrastructure';
import { eventually, testDatabaseUrl, testPool } from '@hyeopchi/testing';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';

/** Work that counts how often it runs at once, and records which replicas stopped it. */
function countedWork(running: Set<string>, replica: string, stopped: string[]): LeaderWork {
  return {
    start: () => void running.add(replica),
    stop: async () => {
      running.delete(replica);
      stopped.push(replica);
    },
  };
}

describe('leadership by a PostgreSQL advisory lock', () => {
  let pool: Pool;
  const started: Leadership[] = [];
  beforeAll(() => (pool = testPool(testDatabaseUrl(), 2)));
  afterAll(async () => {
    await Promise.all(started.map((leadership) => leadership.stop()));
    await pool.end();
  });

  const replicas = (name: string, running: Set<string>, stopped: string[] = []) =>
    ['a', 'b'].map((replica) => {
      const leadership = Leadership.start({
        url: testDatabaseUrl(),
        name,
        applicationName: `leadership-test-${name}-${replica}`,
        work: countedWork(running, replica, stopped),
        retryMs: 50,
      });
      started.push(leadership);
      return leadership;
    });

  it('runs the work in one replica of two, and in the other once the first stops', async () => {
    const running = new Set<string>();
    const [a, b] = replicas(randomBytes(4).toString('hex'), running);
    await eventually(async () => expect(running.size).toBe(1));
    // several rounds later, still one
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(running.size).toBe(1);
    const [leader, other] = a.isLeading ? [a, b] : [b, a];

    await leader.stop();
    await eventually(async () => expect(other.isLeading).toBe(true));
    expect([...running]).toEqual([other === a ? 'a' : 'b']);
  });

  it('hands over when the leader loses its connection, as when its process is killed', async () => {
    const running = new Set<string>();
    const stopped: string[] = [];
    const name = randomBytes(4).toString('hex');
    const [a, b] = replicas(name, running, stopped);
    await eventually(async () => expect(running.size).toBe(1));
    const leaderName = a.isLeading ? 'a' : 'b';

    const { rowCount } = await pool.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
      [`leadership-test-${name}-${leaderName}-leader`],
    );
    expect(rowCount).toBe(1);
    // the cut-off leader stops its work, then either replica may win the lock again (a killed process would not
    // ask again, the one here does): what matters is that the work stopped and runs once, on a lock held anew
    await eventually(async () => {
      expect(stopped).toContain(leaderName);
      expect([a, b].filter((replica) => replica.isLeading)).toHaveLength(1);
      expect(running.size).toBe(1);
    });
  });
});
