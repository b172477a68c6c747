import { organizationDecider } from '@hyeopchi/civic/domain';
import { handleCommand } from '@hyeopchi/command-processing';
import { DomainError } from '@hyeopchi/domain-kernel';
import { EventStore, PostgresEventStore } from '@hyeopchi/event-store';
import { testDatabaseUrl, testPool, uniqueSchemaName } from '@hyeopchi/testing';
import { ids, join, metadataOf, options, register } from './organization-commands';
import { Pool } from 'pg';

// Store-independent rules (command ids per actor, correlation, retries step by step) are unit-tested on the
// in-memory store: handle-command.unit.spec.ts.
describe('handleCommand: load, decide, append on the real store', () => {
  let pool: Pool;
  let store: PostgresEventStore;

  beforeAll(() => {
    pool = testPool(testDatabaseUrl());
  });
  afterAll(() => pool.end());
  beforeEach(async () => {
    store = await PostgresEventStore.open(pool, uniqueSchemaName('civic'));
  });

  it('appends what the decider decided, with the command metadata', async () => {
    const registration = { ids, metadata: metadataOf('cmd-1') };
    const outcome = await handleCommand(
      store,
      'organization-org-1',
      organizationDecider,
      register,
      registration,
    );

    expect(outcome).toMatchObject({ streamId: 'organization-org-1', streamVersion: 2 });
    expect(outcome.globalPosition).toBeGreaterThan(0);
    const stored = await store.readStream('organization-org-1');
    expect(stored.map((e) => e.type)).toEqual([
      'organization.registered.v1',
      'organization.member_joined.v1',
    ]);
    stored.forEach((e) => expect(e.metadata).toEqual(metadataOf('cmd-1')));
  });

  it('writes nothing when the domain refuses', async () => {
    await handleCommand(store, 'organization-org-1', organizationDecider, register, options());
    const refused = await handleCommand(
      store,
      'organization-org-1',
      organizationDecider,
      join('kim'),
      options(),
    ).catch((error: unknown) => error);

    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'ALREADY_MEMBER' });
    expect(await store.readStream('organization-org-1')).toHaveLength(2);
  });

  it('acts once on a command repeated with its id, returning the first outcome', async () => {
    const registration = { ids, metadata: metadataOf('cmd-1') };
    const first = await handleCommand(
      store,
      'organization-org-1',
      organizationDecider,
      register,
      registration,
    );
    const repeated = await handleCommand(
      store,
      'organization-org-1',
      organizationDecider,
      register,
      registration,
    );

    expect(repeated).toEqual(first);
    expect(await store.readStream('organization-org-1')).toHaveLength(2);
  });

  /** A store on which the first two loads wait for each other, so that both commands decide on the same version. */
  function racingStore(): { store: EventStore; loads: () => number } {
    let loads = 0;
    let release!: () => void;
    const bothLoaded = new Promise<void>((resolve) => (release = resolve));
    const racing = Object.assign(Object.create(store) as EventStore, {
      readStream: async (...args: Parameters<EventStore['readStream']>) => {
        const events = await store.readStream(...args);
        loads++;
        if (loads === 2) release();
        if (loads <= 2) await bothLoaded;
        return events;
      },
    });
    return { store: racing, loads: () => loads };
  }

  it('decides again on the new state when another command appended first', async () => {
    await handleCommand(store, 'organization-org-1', organizationDecider, register, options());
    const racing = racingStore();
    await Promise.all([
      handleCommand(racing.store, 'organization-org-1', organizationDecider, join('lee'), options()),
      handleCommand(racing.store, 'organization-org-1', organizationDecider, join('park'), options()),
    ]);

    // the loser loaded again; each read back what it appended
    expect(racing.loads()).toBe(5);
    const members = (await store.readStream('organization-org-1'))
      .filter((e) => e.type === 'organization.member_joined.v1')
      .map((e) => (e.data as { memberId: string }).memberId);
    expect(members.sort()).toEqual(['kim', 'lee', 'park']);
  });

  it('recognises the writer it lost to as itself, sent twice at once, even on its last attempt', async () => {
    await handleCommand(store, 'organization-org-1', organizationDecider, register, options());
    const racing = racingStore();
    const sameCommand = {
      ids,
      metadata: metadataOf('cmd-twice'),
      retry: { maxAttempts: 1, backoff: { initialMs: 1, maxMs: 1 } },
    };
    const outcomes = await Promise.all([
      handleCommand(racing.store, 'organization-org-1', organizationDecider, join('lee'), sameCommand),
      handleCommand(racing.store, 'organization-org-1', organizationDecider, join('lee'), sameCommand),
    ]);

    expect(outcomes[0]).toEqual(outcomes[1]);
    expect(await store.readStream('organization-org-1')).toHaveLength(3);
  });

  it('refuses a command that the concurrent winner made invalid', async () => {
    await handleCommand(store, 'organization-org-1', organizationDecider, register, options());
    const racing = racingStore();
    const outcomes = await Promise.allSettled([
      handleCommand(racing.store, 'organization-org-1', organizationDecider, join('park'), options()),
      handleCommand(racing.store, 'organization-org-1', organizationDecider, join('park'), options()),
    ]);

    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refusal = outcomes.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult;
    expect(refusal.reason).toMatchObject({ code: 'ALREADY_MEMBER' });
    expect(await store.readStream('organization-org-1')).toHaveLength(3);
  });
});
