import { AuditRecord } from '@hyeopchi/audit';
import { domainChecks } from '@hyeopchi/audit-verifier';
import { SEOUL_DISTRICTS } from '@hyeopchi/civic/contract';
import { cityStreams } from './city-data';

const city = () => [...cityStreams({ proposals: 200, supports: 10_000, seed: 7 })];
const records = (streams: ReturnType<typeof city>) =>
  streams.flatMap(({ streamId, events }) =>
    events.map(
      ({ type, data, metadata }, version) =>
        ({
          streamId,
          streamVersion: version + 1,
          type,
          data,
          metadata,
          recordedAt: '',
        }) as unknown as AuditRecord,
    ),
  );

/** The benches' city: histories the domain itself would have written, checked by the auditor's own replay. */
describe('the city data', () => {
  it("passes the offline auditor's replay: every event is what the deciders decide, tiers recounted", () => {
    const check = domainChecks();
    const failures = records(city()).flatMap((record) => check.observe('civic', record) ?? []);
    expect([...failures, check.finish()].filter(Boolean)).toEqual([]);
  });

  it('is refused by that replay when a support is counted twice', () => {
    const streams = city();
    const popular = streams.find(({ events }) => events.length > 100)!;
    const supports = popular.events.filter(({ type }) => type === 'proposal.supported.v1');
    (supports[1].data as { supporterId: string }).supporterId = (
      supports[0].data as { supporterId: string }
    ).supporterId;
    const check = domainChecks();
    const failures = records(streams).flatMap((record) => check.observe('civic', record) ?? []);
    expect(failures).toMatchObject([{ reason: expect.stringContaining('ALREADY_SUPPORTED') }]);
  });

  it('holds the supports asked, the tiers they cross, and every district, in Korean and English', () => {
    const events = city().flatMap((stream) => stream.events);
    const count = (type: string) => events.filter((event) => event.type === type).length;
    expect(count('proposal.drafted.v1')).toBe(200);
    expect(count('proposal.supported.v1')).toBe(10_000);
    expect(count('proposal.tier_reached.v1')).toBeGreaterThan(0);
    expect(count('proposal.answer_received.v1')).toBeGreaterThan(0);
    expect(count('proposal.withdrawn.v1')).toBeGreaterThan(0);
    const drafts = events.filter((event) => event.type === 'proposal.drafted.v1');
    const districts = new Set(drafts.map(({ data }) => (data as { district: string }).district));
    expect(districts.size).toBe(SEOUL_DISTRICTS.length);
    const titles = drafts.map(({ data }) => (data as { title: string }).title);
    expect(titles.some((title) => /[가-힣]/.test(title))).toBe(true);
    expect(titles.some((title) => /^[A-Za-z]/.test(title))).toBe(true);
  });

  it('is the same city for the same seed', () => {
    const content = (streams: ReturnType<typeof city>) =>
      JSON.stringify(
        streams.map(({ streamId, events }) => [streamId, events.map(({ type, data }) => [type, data])]),
      );
    expect(content(city()) === content(city())).toBe(true);
  });
});
