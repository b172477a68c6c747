// Imports that cross a boundary today, each with what replaces it: `imports` is the repository folder the file
// may still reach (whatever the specifier's spelling). Delete an entry together with its import: an entry left
// behind would let the same import come back unnoticed.
const { contains } = require('./packages');

const ALLOWED = [
  // from the contexts' contracts (another helper removes these three).
  { file: 'libs/gateway/src/audit/stream-state.ts', imports: 'libs/platform/src' },
  { file: 'libs/gateway/src/commands/command-mutations.ts', imports: 'libs/platform/src' },
  { file: 'libs/gateway/src/request-size.ts', imports: 'libs/platform/src' },
  // rule 2: a read side or seed using its domain's events, commands and pure functions, until the context
  // publishes them in its contract (feedback and committee have none yet).
  { file: 'libs/feedback/src/read-model/feedback.entities.ts', imports: 'libs/feedback/src/domain' },
  { file: 'libs/feedback/src/read-model/feedback.projections.ts', imports: 'libs/feedback/src/domain' },
  { file: 'libs/committee/src/graphql/master-plan.resolver.ts', imports: 'libs/feedback/src/domain' },
  { file: 'libs/committee/src/seeds/master-plan-seed.ts', imports: 'libs/committee/src/domain' },
  // rule 2: the replay rules' vocabulary (Aggregate, by, ANYONE) lives in the verifier, which also composes
  // these rules: a context's audit layer should need only @hyeopchi/audit.
  { file: 'libs/civic/src/audit/civic-replays.ts', imports: 'libs/audit-verifier/src' },
  { file: 'libs/committee/src/audit/committee-replays.ts', imports: 'libs/audit-verifier/src' },
  // rule 5: the web app's canonical JSON, until Vite resolves @hyeopchi/audit (the verifier's helper).
  { file: 'apps/web/src/audit/verification/event-hash.ts', imports: 'libs/audit/src' },
  { file: 'apps/web/src/audit/verification/event-hash.test.ts', imports: 'libs/audit/src' },
];

/** Whether `file` may still import `target` (a resolveImport result) although it crosses a boundary. */
function isAllowListed(file, target) {
  return (
    target.kind === 'repository' &&
    ALLOWED.some((entry) => entry.file === file && contains(entry.imports, target.path))
  );
}

module.exports = { isAllowListed };
