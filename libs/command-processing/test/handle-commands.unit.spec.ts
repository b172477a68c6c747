import { OrganizationCommand, organizationDecider } from '@hyeopchi/civic/domain';
import {
  CommandIdReusedError,
  Settled,
  StreamCache,
  StreamCommand,
  correlationOfFirstEvent,
  handleCommand,
  handleCommands,
} from '@hyeopchi/command-processing';
import { Decider, DomainEvent } from '@hyeopchi/domain-kernel';
import { EventStore, InMemoryEventStore, ReadStreamOptions } from '@hyeopchi/event-store';
import { randomUUID } from 'node:crypto';
import { ids, join, metadataOf, options, register } from './organization-commands';

describe('handleCommands: commands on one stream decided in turn, appended together', () => {
  const stream = 'organization-org-1';
  const noWait = { maxAttempts: 3, backoff: { initialMs: 0, maxMs: 0 } };
  let store: InMemoryEventStore;
  let appends: number;
  let reads: ReadStreamOptions[];
  /** The store, counting appends and noting each read's options; `beforeAppend` runs before each append. */
  let watched: EventStore;
  let beforeAppend: () => Promise<unknown>;

  const commandOf = (
    command: OrganizationCommand,
    commandId: string = randomUUID(),
  ): StreamCommand<OrganizationCommand> => ({
    command,
    metadata: metadataOf(commandId),
  });
  const handle = (commands: StreamCommand<OrganizationCommand>[], cache?: StreamCache) =>
    handleCommands(watched, stream, organizationDecider, commands, { ids, retry: noWait, folds: cache });
  const members = async () =>
    (await store.readStream(stream))
      .filter((e) => e.type === 'organization.member_joined.v1')
      .map((e) => (e.data as { memberId: string }).memberId);
  const refusalOf = (settled: Settled<DomainEvent>) => ('refused' in settled ? settled.refused : undefined);

  beforeEach(async () => {
    store = new InMemoryEventStore();
    appends = 0;
    reads = [];
    beforeAppend = async () => undefined;
    watched = Object.assign(Object.create(store) as EventStore, {
      readStream: (streamId: string, readOptions: ReadStreamOptions = {}) => {
        reads.push(readOptions);
        return store.readStream(streamId, readOptions);
      },
      appendToStream: async (...args: Parameters<EventStore['appendToStream']>) => {
        await beforeAppend();
        appends++;
        return store.appendToStream(...args);
      },
    });
    await handleCommand(store, stream, organizationDecider, register, options());
  });

  it('appends the whole group at once, each event with its own command metadata, and answers each command on its own', async () => {
    const group = ['lee', 'park', 'choi'].map((member, index) => commandOf(join(member), `cmd-${index}`));

    const settled = await handle(group);

    expect(appends).toBe(1);
    const stored = await store.readStream(stream);
    expect(
      stored.slice(2).map((e) => [e.metadata.commandId, (e.data as { memberId: string }).memberId]),
    ).toEqual([
      ['cmd-0', 'lee'],
      ['cmd-1', 'park'],
      ['cmd-2', 'choi'],
    ]);
    expect(settled).toEqual(
      stored.slice(2).map((event) => ({
        outcome: {
          streamId: stream,
          streamVersion: event.streamVersion,
          globalPosition: event.globalPosition,
          events: [{ type: event.type, data: event.data }],
        },
      })),
    );
  });

  it('refuses a command in the middle of a group on the state the commands before it left, and appends the others', async () => {
    const settled = await handle([commandOf(join('lee')), commandOf(join('lee')), commandOf(join('park'))]);

    expect(settled.map(refusalOf)).toEqual([
      undefined,
      expect.objectContaining({ code: 'ALREADY_MEMBER' }),
      undefined,
    ]);
    expect(await members()).toEqual(['kim', 'lee', 'park']);
  });

  it('acts once on the same command sent twice in one group, answering both with its outcome', async () => {
    const twice = commandOf(join('lee'), 'cmd-twice');
    const reused = {
      ...commandOf(join('park'), 'cmd-twice'),
      metadata: { ...twice.metadata, commandDigest: 'other' },
    };
    const withDigest = {
      ...twice,
      metadata: { ...twice.metadata, commandType: 'JoinOrganization', commandDigest: 'd' },
    };

    const [first, second, third] = await handle([withDigest, withDigest, reused]);

    expect(second).toEqual(first);
    expect(refusalOf(third)).toBeInstanceOf(CommandIdReusedError);
    expect(await members()).toEqual(['kim', 'lee']);
  });

  it("shows each command's correlationOf the stream, then what the commands before it in the group decided", async () => {
    const seen: string[][] = [];
    const seeing = (command: StreamCommand<OrganizationCommand>): StreamCommand<OrganizationCommand> => ({
      ...command,
      correlationOf: (history) => {
        seen.push([...history].map((event) => event.metadata.commandId!));
        return correlationOfFirstEvent(history);
      },
    });
    const [first, second] = [commandOf(join('lee'), 'cmd-lee'), commandOf(join('park'), 'cmd-park')];
    const registration = (await store.readStream(stream))[0].metadata.commandId!;

    await handle([
      seeing(first),
      seeing({ ...second, metadata: { ...second.metadata, correlationId: 'own' } }),
    ]);

    expect(seen).toEqual([
      [registration, registration],
      [registration, registration, 'cmd-lee'],
    ]);
    const stored = await store.readStream(stream);
    expect(stored.slice(2).map((e) => e.metadata.correlationId)).toEqual(['corr-1', 'corr-1']);
  });

  it("takes a chain's correlation id from the stream's first event, reading no further", () => {
    function* history() {
      yield { type: 'organization.registered.v1', data: {}, metadata: { correlationId: 'chain-1' } };
      throw new Error('read past the first event');
    }

    expect(correlationOfFirstEvent(history())).toBe('chain-1');
    expect(correlationOfFirstEvent([])).toBeUndefined();
  });

  it('writes nothing of a group in which deciding fails other than by a refusal', async () => {
    const faulty: Decider<OrganizationCommand, DomainEvent, unknown> = {
      ...(organizationDecider as unknown as Decider<OrganizationCommand, DomainEvent, unknown>),
      decide: (command, state) => {
        if (command.type === 'JoinOrganization' && command.data.memberId === 'bug')
          throw new TypeError('a fault');
        return organizationDecider.decide(command, state as never);
      },
    };

    const failed = handleCommands(watched, stream, faulty, [commandOf(join('lee')), commandOf(join('bug'))], {
      ids,
    });

    await expect(failed).rejects.toThrow('a fault');
    expect(appends).toBe(0);
    expect(await members()).toEqual(['kim']);
  });

  it('decides the whole group again when another writer appended first, refusing what that writer made invalid', async () => {
    let overtakenOnce = false;
    beforeAppend = async () => {
      if (overtakenOnce) return;
      overtakenOnce = true;
      await handleCommand(store, stream, organizationDecider, join('park'), options());
    };

    const settled = await handle([commandOf(join('lee')), commandOf(join('park')), commandOf(join('choi'))]);

    expect(settled.map(refusalOf)).toEqual([
      undefined,
      expect.objectContaining({ code: 'ALREADY_MEMBER' }),
      undefined,
    ]);
    expect(await members()).toEqual(['kim', 'park', 'lee', 'choi']);
  });

  describe('on a cache of folded streams', () => {
    it('reads only what was recorded after the cached version', async () => {
      const cache = new StreamCache();
      await handle([commandOf(join('lee'))], cache);
      reads = [];

      await handle([commandOf(join('park'))], cache);

      expect(reads[0]).toEqual({ fromVersion: 4 });
      expect(await members()).toEqual(['kim', 'lee', 'park']);
    });

    it('decides on what another writer appended behind its back', async () => {
      const cache = new StreamCache();
      await handle([commandOf(join('lee'))], cache);
      await handleCommand(store, stream, organizationDecider, join('park'), options());

      const [again, next] = await handle([commandOf(join('park')), commandOf(join('choi'))], cache);

      expect(refusalOf(again)).toMatchObject({ code: 'ALREADY_MEMBER' });
      expect(next).toMatchObject({ outcome: { streamVersion: 5 } });
      expect(await members()).toEqual(['kim', 'lee', 'park', 'choi']);
    });

    it('recognises a repeated command from the cached index, appending nothing', async () => {
      const cache = new StreamCache();
      const [first] = await handle([commandOf(join('lee'), 'cmd-lee')], cache);

      const [repeated] = await handle([commandOf(join('lee'), 'cmd-lee')], cache);

      expect(repeated).toEqual(first);
      expect(appends).toBe(1);
    });

    it('keeps within its limits, dropping the least recently used streams first', async () => {
      const cache = new StreamCache({ maxStreams: 2, maxEvents: 5 });
      const load = (streamId: string) => cache.load(watched, streamId, organizationDecider as never);
      for (const id of ['org-2', 'org-3']) {
        await handleCommand(
          store,
          `organization-${id}`,
          organizationDecider,
          { ...register, data: { ...register.data, organizationId: id } },
          options(),
        );
      }

      await load(stream);
      await load('organization-org-2');
      expect(cache.size).toEqual({ streams: 2, events: 4 });
      await load('organization-org-3');
      expect(cache.size).toEqual({ streams: 2, events: 4 });
      await load(stream); // org-2 went first: org-3 was used after it
      reads = [];
      await load('organization-org-3');
      await load('organization-org-2');
      expect(reads).toEqual([{ fromVersion: 3 }, { fromVersion: 1 }]);
      expect(cache.size).toEqual({ streams: 2, events: 4 });
    });
  });
});
