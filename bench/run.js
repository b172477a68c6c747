#!/usr/bin/env node
// `npm run bench -- <suite...>`: compiles, then runs each named suite (all of them when none is named).
// Each suite prints a table and writes bench/results/<suite>.json.
const { execFileSync, execSync } = require('node:child_process');
const { readdirSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const available = readdirSync(__dirname)
  .filter((file) => file.endsWith('.bench.ts'))
  .map((file) => file.replace('.bench.ts', ''));
const requested = process.argv.slice(2);
const unknown = requested.filter((suite) => !available.includes(suite));
if (unknown.length > 0) {
  console.error(`unknown bench suite: ${unknown.join(', ')}; available: ${available.join(', ')}`);
  process.exit(2);
}
execSync('npm run --silent build', { cwd: root, stdio: 'inherit' });
for (const suite of requested.length > 0 ? requested : available) {
  console.log(`== bench: ${suite}`);
  execFileSync(process.execPath, [join(root, `dist/bench/${suite}.bench.js`)], {
    cwd: root,
    stdio: 'inherit',
  });
}
