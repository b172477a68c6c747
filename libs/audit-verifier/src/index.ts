/**
 * The offline verifier of audit exports (docs/audit.md), shared by the CLI (`hyeopchi audit export|verify`), the
 * bench and the scripts. Only what they use is exported; chains, trees, line hashing and workers stay inside.
 * Contexts write the replay rules it runs with `@hyeopchi/audit-verifier/replay-rules`, which holds nothing else;
 * what the browser verifies of one event is `@hyeopchi/audit/portable`, shared with the Node side.
 */

/** Write an export from the database (`hyeopchi audit export`). */
export { exportAudit, type ExportRequest } from './export-audit';

/** Check an export with no database and no network (`hyeopchi audit verify`); the first failure stops it. */
export { verifyExport, type VerifyRequest, type VerifyResult, type VerifiedLog } from './verify-export';

/** More checks `verifyExport` runs over every record, and the failure every check reports. */
export { type RecordCheck, type VerificationFailure } from './record-check';

/**
 * The domain's replay of decisions and tiers, with the contexts' own rules (their `audit/` layer), and the
 * references between services' logs. Hazard: it knows today's rules only (docs/audit.md).
 */
export { domainChecks } from './domain-checks';

/** The files of an export and what each line holds, for tools that read or alter one. */
export {
  EXPORT_FORMAT,
  MANIFEST_FILE,
  PUBLIC_KEY_FILE,
  PROVEN_EVENT_TYPE,
  checkpointsFile,
  eventsFile,
  proofsFile,
  type ExportManifest,
  type ExportedCheckpoint,
  type ExportedInclusionProof,
} from './export-format';

/** The JSON Schema of every event's data (docs/events.schema.json), read from the domain libraries' types. */
export { EVENT_CATALOGUE_FILE, EVENT_CATALOGUE_ID, eventCatalogue } from './event-catalogue';
