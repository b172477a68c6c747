import { EventRevisions, addedField } from '@hyeopchi/domain-kernel';
import { PostgresEventStore, UpcastingEventStore } from '@hyeopchi/event-store';
import { testDatabaseUrl, testPool, uniqueSchemaName } from '@hyeopchi/testing';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';

describe('an upcasting event store (real PostgreSQL)', () => {
  let pool: Pool;
  let stored: PostgresEventStore;
  let upcasting: UpcastingEventStore;
  const revisions = new EventRevisions([
    addedField('parcel.sent.v1', 1, 'region', 'seoul'),
    {
      type: 'parcel.sent.v1',
      fromRevision: 2,
      adds: ['insured'],
      upcast: (data) => ({ ...data, insured: false }),
    },
  ]);
  const sent = (data: object, schemaVersion?: number) => ({
    eventId: randomUUID(),
    type: 'parcel.sent.v1',
    data,
    ...(schemaVersion ? { schemaVersion } : {}),
  });

  beforeAll(() => {
    pool = testPool(testDatabaseUrl());
  });
  afterAll(() => pool.end());
  beforeEach(async () => {
    stored = await PostgresEventStore.open(pool, uniqueSchemaName('upcasting'));
    upcasting = new UpcastingEventStore(stored, revisions);
  });

  it('reads each older revision as the current one, through every step, and leaves the stored bytes as written', async () => {
    await stored.appendToStream('parcel-1', [sent({ id: 1 }, 1), sent({ id: 2, region: 'busan' }, 2)]);

    const read = await upcasting.readStream('parcel-1');
    expect(read.map(({ schemaVersion, data }) => ({ schemaVersion, data }))).toEqual([
      { schemaVersion: 3, data: { id: 1, region: 'seoul', insured: false } },
      { schemaVersion: 3, data: { id: 2, region: 'busan', insured: false } },
    ]);
    expect(
      (await upcasting.readAll({ transactionId: '0', globalPosition: 0 }, 10)).events.map((e) => e.data),
    ).toEqual(read.map((e) => e.data));
    expect(
      (await upcasting.readStreamAsOf('parcel-1', { globalPosition: read[0].globalPosition }))[0].data,
    ).toEqual(read[0].data);
    expect(
      (await stored.readStream('parcel-1')).map(({ schemaVersion, data }) => ({ schemaVersion, data })),
    ).toEqual([
      { schemaVersion: 1, data: { id: 1 } },
      { schemaVersion: 2, data: { id: 2, region: 'busan' } },
    ]);
  });

  it('writes new events in the current revision, which are read unchanged', async () => {
    const current = { id: 3, region: 'jeju', insured: true };
    await upcasting.appendToStream('parcel-3', [sent(current)], 'no_stream');
    const [written] = await stored.readStream('parcel-3');
    expect(written).toMatchObject({ schemaVersion: 3, data: current });
    expect((await upcasting.readStream('parcel-3'))[0].data).toEqual(current);
  });

  it('refuses upcasters that skip a revision', () =>
    expect(() => new EventRevisions([addedField('parcel.sent.v1', 2, 'region', 'seoul')])).toThrow(
      'upcaster from revision 2 given after 0',
    ));
});
