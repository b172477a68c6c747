// Imports that cross a boundary today, each with what replaces it: `imports` is the repository folder the file
// may still reach (whatever the specifier's spelling). Delete an entry together with its import: an entry left
// behind would let the same import come back unnoticed.
const { contains } = require('./packages');

const ALLOWED = [];

/** Whether `file` may still import `target` (a resolveImport result) although it crosses a boundary. */
function isAllowListed(file, target) {
  return (
    target.kind === 'repository' &&
    ALLOWED.some((entry) => entry.file === file && contains(entry.imports, target.path))
  );
}

module.exports = { isAllowListed };
