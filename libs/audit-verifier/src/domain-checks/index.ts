import { AuditRecord } from '@hyeopchi/audit';
import { civicReplays, civicUpcasters } from '@hyeopchi/civic/audit';
import { EventRevisions } from '@hyeopchi/domain-kernel';
import { committeeReplays, committeeUpcasters } from '@hyeopchi/committee/audit';
import { RecordCheck, VerificationFailure } from '../record-check';
import { Claim, crossStream, judgeable } from './cross-stream';
import { Replay, step } from './replay';

/**
 * Replays the committee's sessions and dockets and civic's proposals and threshold policies with the domain's own
 * deciders, by the rules those contexts keep in their audit layer: every recorded event must be what the domain decides from the stream before it, given the command the
 * event answers. So a decision's tally, quorum and recusals are counted again from the votes, attendance and
 * conflicts before it, and a tier is reached only by the supports (within the window) or forum participants its
 * proposal's own policy version asks. What one stream cannot show (a tier behind a department review or a docket
 * entry, an adopted policy behind a submission) is judged in `finish`.
 *
 * Events are replayed in their current revision (their context's upcasters), as the services read them.
 *
 * Hazard: the rules are today's. A history written under an older, laxer rule fails; a new event type needs a
 * line in its context's rules (`libs/<context>/src/audit`) before its exports verify.
 */
export function domainChecks(): RecordCheck {
  const streams = new Map<string, Replay>();
  /** Each service's last record: where its export ends. */
  const lastOf = new Map<string, AuditRecord>();
  const facts = new Set<string>();
  const claims: Claim[] = [];
  // only the first failure counts: what follows it replays a history already known to be wrong
  let failed = false;
  const first = (found: VerificationFailure | undefined) => {
    if (failed) return undefined;
    failed = found !== undefined;
    return found;
  };

  return {
    observe(service, stored) {
      if (failed) return undefined;
      // the domain decides in today's revisions: an older event is replayed as it reads now
      const record = REVISIONS.get(service)?.upcast(stored) ?? stored;
      lastOf.set(service, record);
      const replayed = REPLAYED.find((entry) => entry.service === service && entry.owns(record.streamId));
      // an event outside its aggregate's streams would escape the replay, and could vouch for others unchecked
      const misplaced = REPLAYED.find(
        (entry) => entry.service === service && Object.hasOwn(entry.aggregate.commands, record.type),
      );
      if (!replayed && misplaced) {
        return first(
          failure(service, record, `${record.type} is recorded outside the streams of its aggregate`),
        );
      }
      if (replayed) {
        const key = `${service}/${record.streamId}`;
        const replay = streams.get(key) ?? {
          service,
          state: replayed.aggregate.decider.initialState,
          owed: [],
        };
        streams.set(key, replay);
        replay.last = record;
        const problem = step(replayed.aggregate, replay, record);
        if (problem) return first(failure(service, record, problem));
      }
      const { facts: shown, claims: made } = crossStream(service, record);
      shown.forEach((fact) => facts.add(fact));
      claims.push(
        ...made.map((claim) => ({
          ...claim,
          at: record.recordedAt,
          where: failure(service, record, claim.reason),
        })),
      );
      return undefined;
    },
    finish() {
      // a batch is contiguous in its log, so only an export ending (`--upto`) inside it leaves it cut short
      const unrecorded = [...streams.values()].find(
        ({ owed, service, last }) => owed.length > 0 && last !== lastOf.get(service),
      );
      if (unrecorded?.last) {
        const reason = `the domain decides ${unrecorded.owed[0].type} with this event, but it is not recorded`;
        return first(failure(unrecorded.service, unrecorded.last, reason));
      }
      return first(
        claims.find((claim) => judgeable(claim, lastOf.get(claim.in)) && !facts.has(claim.fact))?.where,
      );
    },
  };
}

// the contexts own their replay rules (their audit layer); the verifier runs them by service
const REPLAYED = [
  ...civicReplays.map((streams) => ({ service: 'civic', ...streams })),
  ...committeeReplays.map((streams) => ({ service: 'committee', ...streams })),
];

const REVISIONS = new Map([
  ['civic', new EventRevisions(civicUpcasters)],
  ['committee', new EventRevisions(committeeUpcasters)],
]);

function failure(service: string, record: AuditRecord, reason: string): VerificationFailure {
  return { service, streamId: record.streamId, streamVersion: record.streamVersion, reason };
}
