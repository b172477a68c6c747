import { EventStore, PostgresEventStore, WrongExpectedVersionError } from '@hyeopchi/event-store';
import { CommandReply, CommandExecutor, randomIds, systemClock } from '@hyeopchi/command-processing';
import { civicService } from '@hyeopchi/civic/service';
import { registerDemoDepartments } from '@hyeopchi/platform';
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
    let appends = 0;
    let failAppend: number | undefined;
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
        ++appends === failAppend
          ? Promise.reject(new Error('the connection was lost'))
          : store.appendToStream(...args).catch((error: unknown) => {
              if (error instanceof WrongExpectedVersionError) conflicts++;
              throw error;
            }),
    });
    return {
      store: watched,
      conflicts: () => conflicts,
      appends: () => appends,
      /** The `nth` append from now fails as a lost connection would. */
      failAppend: (nth: number) => (failAppend = appends + nth),
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
  const routeOf = (type: string) =>
    civicService.routes.find((route) => route.aggregate.commands.some((command) => command.type === type))!;
  const send = (executor: CommandExecutor, type: string, actor: string, data: object) =>
    executor.execute(routeOf(type), { type, actor, data: data as Record<string, unknown> });
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
    await registerDemoDepartments((request) => executorOn(store).execute(routeOf(request.type), request));
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

  describe('grouping the commands that queue on one stream, on its cached state', () => {
    const repliesOk = (replies: CommandReply[]) =>
      replies.filter((reply): reply is Extract<CommandReply, { ok: true }> => reply.ok);
    const codesOf = (replies: CommandReply[]) => replies.map((reply) => (reply.ok ? 'ok' : reply.error.code));

    it('appends simultaneous supports in fewer appends, each reply naming its own event', async () => {
      const { store, appends } = await processStore();
      const executor = executorOn(store);
      await submitted(executor, 'grouped');
      const before = appends();

      const replies = await supportAll(executor, 'grouped', people('citizen', 30));

      expect(appends() - before).toBeLessThan(30);
      const stored = await store.readStream('proposal-grouped');
      for (const reply of repliesOk(replies)) {
        const event = stored[reply.streamVersion - 1];
        expect([event.metadata.commandId, event.globalPosition]).toEqual([
          reply.commandId,
          reply.globalPosition,
        ]);
      }
      expect(new Set(repliesOk(replies).map((reply) => reply.streamVersion)).size).toBe(30);
    });

    it('refuses the commands of a group that the domain refuses, and appends the others', async () => {
      const { store } = await processStore();
      const executor = executorOn(store);
      await submitted(executor, 'refused-in-group');

      const replies = await supportAll(executor, 'refused-in-group', [
        'lee',
        'author',
        'park',
        'lee',
        'choi',
      ]);

      expect(codesOf(replies)).toEqual(['ok', 'AUTHOR_CANNOT_SUPPORT', 'ok', 'ALREADY_SUPPORTED', 'ok']);
      expect(await supportsIn(store, 'refused-in-group')).toEqual({ supporters: 3, lastCount: 3 });
    });

    it('decides on what another process appended behind the cache', async () => {
      const ours = await processStore();
      const theirs = await processStore();
      const executor = executorOn(ours.store);
      await submitted(executor, 'behind-the-cache');
      await accepted(send(executor, 'SupportProposal', 'lee', { proposalId: 'behind-the-cache' }));
      await accepted(
        send(executorOn(theirs.store), 'SupportProposal', 'park', { proposalId: 'behind-the-cache' }),
      );

      const replies = await supportAll(executor, 'behind-the-cache', ['park', 'choi']);

      expect(codesOf(replies)).toEqual(['ALREADY_SUPPORTED', 'ok']);
      expect(await supportsIn(ours.store, 'behind-the-cache')).toEqual({ supporters: 3, lastCount: 3 });
    });

    it('answers every command of a group whose append failed as not done, writing none of them', async () => {
      const process = await processStore();
      const executor = executorOn(process.store);
      await submitted(executor, 'failed-group');
      process.failAppend(2); // the first support goes alone, the others queue behind it as one group

      const replies = await supportAll(executor, 'failed-group', people('citizen', 5));

      expect(codesOf(replies)).toEqual(['ok', 'INTERNAL', 'INTERNAL', 'INTERNAL', 'INTERNAL']);
      expect(await supportsIn(process.store, 'failed-group')).toEqual({ supporters: 1, lastCount: 1 });
      const again = await supportAll(executor, 'failed-group', people('citizen', 5).slice(1));
      expect(codesOf(again)).toEqual(['ok', 'ok', 'ok', 'ok']);
      expect(await supportsIn(process.store, 'failed-group')).toEqual({ supporters: 5, lastCount: 5 });
    });
  });
});
