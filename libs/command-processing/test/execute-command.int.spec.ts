import { EventStore, PostgresEventStore, WrongExpectedVersionError } from '@hyeopchi/event-store';
import { CommandReply, CommandExecutor, randomIds, systemClock } from '@hyeopchi/command-processing';
import { civicService } from '@hyeopchi/civic/service';
import { proposalDraft, testDatabaseUrl, testPool, uniqueSchemaName } from '@hyeopchi/testing';
import { Pool } from 'pg';

/** Many people supporting one proposal at the same moment: none of them is told no because of the others. */
describe('the command executor under contention, on the real store', () => {
  const schema = uniqueSchemaName('civic');
  const pools: Pool[] = [];

  /**
   * A store of its own pool, as another process would have, counting the appends that lost a race. `holdNextLoad`
   * makes its next load wait, e.g. until another process has loaded the same version.
   */
  async function processStore() {
    const pool = testPool(testDatabaseUrl(), 5);
    pools.push(pool);
    const store = await PostgresEventStore.open(pool, schema);
    let conflicts = 0;
    let hold: (() => Promise<void>) | undefined;
    const watched = Object.assign(Object.create(store) as EventStore, {
      readStream: async (...args: Parameters<EventStore['readStream']>) => {
        const events = await store.readStream(...args);
        const held = hold;
        hold = undefined;
        await held?.();
        return events;
      },
      appendToStream: (...args: Parameters<EventStore['appendToStream']>) =>
        store.appendToStream(...args).catch((error: unknown) => {
          if (error instanceof WrongExpectedVersionError) conflicts++;
          throw error;
        }),
    });
    return {
      store: watched,
      conflicts: () => conflicts,
      holdNextLoad: (until: () => Promise<void>) => (hold = until),
    };
  }
  /** Resolves once `parties` callers have arrived. */
  function meetingOf(parties: number): () => Promise<void> {
    let arrived = 0;
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    return () => {
      if (++arrived === parties) open();
      return opened;
    };
  }

  const executorOn = (store: EventStore) =>
    new CommandExecutor(new Map([['civic', store]]), systemClock, randomIds);
  const send = (executor: CommandExecutor, type: string, actor: string, data: object) =>
    executor.execute(
      civicService.routes.find((route) => route.aggregate.commands.some((command) => command.type === type))!,
      { type, actor, data: data as Record<string, unknown> },
    );
  const accepted = async (reply: Promise<CommandReply>) => {
    const settled = await reply;
    if (!settled.ok) throw new Error(`${settled.error.code}: ${settled.error.message}`);
  };
  const submitted = async (executor: CommandExecutor, proposalId: string) => {
    await accepted(send(executor, 'DraftProposal', 'author', proposalDraft(proposalId)));
    await accepted(send(executor, 'SubmitProposal', 'author', { proposalId }));
  };
  const supportsIn = async (store: EventStore, proposalId: string) => {
    const supported = (await store.readStream(`proposal-${proposalId}`))
      .filter((event) => event.type === 'proposal.supported.v1')
      .map((event) => event.data as { supporterId: string; supports: number });
    return {
      supporters: new Set(supported.map((support) => support.supporterId)).size,
      lastCount: supported.at(-1)?.supports,
    };
  };
  const supportAll = (executor: CommandExecutor, proposalId: string, people: string[]) =>
    Promise.all(people.map((person) => send(executor, 'SupportProposal', person, { proposalId })));
  const people = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, index) => `${prefix}-${index}`);

  beforeAll(async () => {
    const { store } = await processStore();
    await accepted(
      send(executorOn(store), 'AdoptThresholdPolicy', 'admin', {
        supportWindowDays: 30,
        tiers: [{ tier: 'department_answer', measure: 'supports', threshold: 40 }],
      }),
    );
  });
  afterAll(() => Promise.all(pools.map((pool) => pool.end())));

  it('takes 60 simultaneous supports in one process, each in its turn: all accepted, none conflicting', async () => {
    const { store, conflicts } = await processStore();
    const executor = executorOn(store);
    await submitted(executor, 'one-process');

    const replies = await supportAll(executor, 'one-process', people('citizen', 60));

    expect(replies.filter((reply) => !reply.ok)).toEqual([]);
    expect(conflicts()).toBe(0);
    expect(await supportsIn(store, 'one-process')).toEqual({ supporters: 60, lastCount: 60 });
    const tiers = (await store.readStream('proposal-one-process')).filter(
      (event) => event.type === 'proposal.tier_reached.v1',
    );
    expect(tiers).toHaveLength(1);
  });

  it('decides again after losing a race to another process: both processes have all their supports accepted', async () => {
    const first = await processStore();
    const second = await processStore();
    const [firstExecutor, secondExecutor] = [executorOn(first.store), executorOn(second.store)];
    await submitted(firstExecutor, 'two-processes');
    // both processes load the same version before either appends: one of them loses the first race for certain
    const bothLoaded = meetingOf(2);
    first.holdNextLoad(bothLoaded);
    second.holdNextLoad(bothLoaded);

    const replies = (
      await Promise.all([
        supportAll(firstExecutor, 'two-processes', people('first', 25)),
        supportAll(secondExecutor, 'two-processes', people('second', 25)),
      ])
    ).flat();

    expect(replies.filter((reply) => !reply.ok)).toEqual([]);
    expect(first.conflicts() + second.conflicts()).toBeGreaterThan(0);
    expect(await supportsIn(first.store, 'two-processes')).toEqual({ supporters: 50, lastCount: 50 });
  });
});
