import { CONTEXTS } from '@hyeopchi/context-names';
import { eventTypesOf, revisionsOf } from '@hyeopchi/event-revisions';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** What consumers accept at run time is what the event catalogue (docs/events.schema.json) says each context records. */
describe('the event types a consumer knows', () => {
  const catalogue = JSON.parse(
    readFileSync(resolve(__dirname, '../../../docs/events.schema.json'), 'utf8'),
  ) as { $defs: Record<string, { description: string }> };
  const catalogued = (context: string) =>
    Object.entries(catalogue.$defs)
      .filter(([, { description }]) => description.startsWith(`Recorded by the ${context} service.`))
      .map(([type]) => type)
      .sort();

  it.each(CONTEXTS)('are the catalogue’s for %s', (context) => {
    expect([...eventTypesOf(context)!].sort()).toEqual(catalogued(context));
  });

  it('are unknown for a log that is not a context’s', () => {
    expect(eventTypesOf('ledger')).toBeUndefined();
  });

  it('read revisions up to the newest upcaster’s', () => {
    expect(revisionsOf('civic').current('proposal.drafted.v1')).toBeGreaterThan(1);
    expect(revisionsOf('feedback').current('feedback.given.v1')).toBe(1);
  });
});
