import { OrganizationCommand, organizationDecider } from '@hyeopchi/civic/domain';
import {
  CommandIdReusedError,
  HandleCommandOptions,
  correlationOfFirstEvent,
  handleCommand,
} from '@hyeopchi/command-processing';
import { Decider, DomainError } from '@hyeopchi/domain-kernel';
import { EventStore, InMemoryEventStore, WrongExpectedVersionError } from '@hyeopchi/event-store';
import { ids, join, metadataOf, options, register } from './organization-commands';

describe('handleCommand: load, decide, append', () => {
  let store: InMemoryEventStore;
  const stream = 'organization-org-1';
  const noWait = { initialMs: 0, maxMs: 0 };
  /** An organization command on its stream of `on`. */
  const handle = (on: EventStore, command: OrganizationCommand, opts: HandleCommandOptions) =>
    handleCommand(on, stream, organizationDecider, command, opts);
  const members = async () =>
    (await store.readStream(stream))
      .filter((e) => e.type === 'organization.member_joined.v1')
      .map((e) => (e.data as { memberId: string }).memberId);

  /**
   * The store as a handler sees it, except that after each of its loads `interlude` runs before the load returns:
   * another writer appends between this handler's load and its append, as a concurrent process would.
   */
  function overtaken(interlude: (load: number) => Promise<unknown>): {
    store: EventStore;
    loads: () => number;
  } {
    let loads = 0;
    const readStream: EventStore['readStream'] = async (streamId, readOptions) => {
      const events = await store.readStream(streamId, readOptions);
      loads += 1;
      await interlude(loads);
      return events;
    };
    const proxy = new Proxy(store, {
      get: (target, property) => (property === 'readStream' ? readStream : Reflect.get(target, property)),
    });
    return { store: proxy, loads: () => loads };
  }

  beforeEach(() => {
    store = new InMemoryEventStore();
  });

  it('appends what the decider decided, with the command metadata, and says where', async () => {
    const outcome = await handle(store, register, {
      ids,
      metadata: metadataOf('cmd-1'),
    });

    const stored = await store.readStream(stream);
    expect(stored.map((e) => e.type)).toEqual([
      'organization.registered.v1',
      'organization.member_joined.v1',
    ]);
    stored.forEach((e) => expect(e.metadata).toEqual(metadataOf('cmd-1')));
    expect(outcome).toEqual({
      streamId: stream,
      streamVersion: 2,
      globalPosition: stored[1].globalPosition,
      events: stored.map(({ type, data }) => ({ type, data })),
    });
  });

  it('appends nothing when the decider decides nothing, and returns the version it loaded', async () => {
    await handle(store, register, options());
    const indifferent: Decider<OrganizationCommand, never, null> = {
      initialState: null,
      decide: () => [],
      evolve: (state) => state,
    };

    const outcome = await handleCommand(store, stream, indifferent, join('lee'), options());

    expect(outcome).toEqual({ streamId: stream, streamVersion: 2, globalPosition: undefined, events: [] });
    expect(await store.readStream(stream)).toHaveLength(2);
  });

  it('writes nothing when the domain refuses', async () => {
    await handle(store, register, options());
    const refused = await handle(store, join('kim'), options()).catch((error: unknown) => error);

    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'ALREADY_MEMBER' });
    expect(await store.readStream(stream)).toHaveLength(2);
  });

  it('acts once on a command repeated with its id, returning the first outcome', async () => {
    const registration = { ids, metadata: metadataOf('cmd-1') };
    const first = await handle(store, register, registration);
    const repeated = await handle(store, register, registration);

    expect(repeated).toEqual(first);
    expect(await store.readStream(stream)).toHaveLength(2);
  });

  describe('a command id is a repeat only of the same command from the same actor', () => {
    const commandOf = (commandId: string, actor: string, commandDigest: string) => ({
      ids,
      metadata: { ...metadataOf(commandId), actor, commandType: 'JoinOrganization', commandDigest },
    });

    beforeEach(() => handle(store, register, options()));

    it("acts on a command whose id another actor used first: nobody pre-empts another's command", async () => {
      await handle(store, join('lee'), commandOf('cmd-1', 'lee', 'join lee'));
      const platformCommand = await handle(
        store,
        join('park'),
        commandOf('cmd-1', 'system:onboarding', 'join park'),
      );

      expect(platformCommand.events).toEqual([
        expect.objectContaining({ data: expect.objectContaining({ memberId: 'park' }) }),
      ]);
      expect(await members()).toEqual(['kim', 'lee', 'park']);
    });

    it('refuses the same id and actor for another command, writing nothing', async () => {
      await handle(store, join('lee'), commandOf('cmd-1', 'kim', 'join lee'));
      const reused = await handle(store, join('park'), commandOf('cmd-1', 'kim', 'join park')).catch(
        (error: unknown) => error,
      );

      expect(reused).toBeInstanceOf(CommandIdReusedError);
      expect(reused).toMatchObject({ code: 'COMMAND_ID_REUSED', commandId: 'cmd-1' });
      expect(await members()).toEqual(['kim', 'lee']);
    });
  });

  it('takes the correlation id the history imposes', async () => {
    await handle(store, register, options());
    await handle(store, join('lee'), {
      ...options(),
      correlationOf: (history) => `first-of-${correlationOfFirstEvent(history)}`,
    });

    const stored = await store.readStream(stream);
    expect(stored.map((e) => e.metadata.correlationId)).toEqual(['corr-1', 'corr-1', 'first-of-corr-1']);
  });

  describe('when another writer appends between the load and the append', () => {
    beforeEach(() => handle(store, register, options()));

    it('decides again on the new state', async () => {
      const racing = overtaken(async (load) => {
        if (load === 1) await handle(store, join('park'), options());
      });

      await handle(racing.store, join('lee'), {
        ...options(),
        retry: { maxAttempts: 2, backoff: noWait },
      });

      expect(racing.loads()).toBe(3); // loaded twice, then read back what it appended
      expect(await members()).toEqual(['kim', 'park', 'lee']);
    });

    it('refuses a command that the other writer made invalid, writing nothing', async () => {
      const racing = overtaken(async (load) => {
        if (load === 1) await handle(store, join('park'), options());
      });

      const refused = handle(racing.store, join('park'), {
        ...options(),
        retry: { maxAttempts: 2, backoff: noWait },
      });

      await expect(refused).rejects.toMatchObject({ code: 'ALREADY_MEMBER' });
      expect(await members()).toEqual(['kim', 'park']);
    });

    it('passes the conflict on after losing every attempt', async () => {
      const racing = overtaken(async (load) => {
        await handle(store, join(`member-${load}`), options());
      });

      const lost = handle(racing.store, join('lee'), {
        ...options(),
        retry: { maxAttempts: 3, backoff: noWait },
      });

      await expect(lost).rejects.toBeInstanceOf(WrongExpectedVersionError);
      expect(racing.loads()).toBe(4); // three attempts, then a last look for itself among the winners
      expect(await members()).not.toContain('lee');
    });

    it('recognises the writer it lost to as itself, sent twice at once, even on its last attempt', async () => {
      const sameCommand = {
        ids,
        metadata: metadataOf('cmd-twice'),
        retry: { maxAttempts: 1, backoff: noWait },
      };
      let twin: Promise<unknown> | undefined;
      const racing = overtaken(async (load) => {
        if (load === 1) await (twin = handle(store, join('lee'), sameCommand));
      });

      const outcome = await handle(racing.store, join('lee'), sameCommand);

      expect(outcome).toEqual(await twin);
      expect(await members()).toEqual(['kim', 'lee']);
    });
  });
});
