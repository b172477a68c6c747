#!/usr/bin/env node
// `npx hyeopchi …`: runs the compiled CLI, compiling it first on a fresh checkout.
const { existsSync } = require('node:fs');
const { execSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const entry = join(root, 'dist/apps/cli/src/main.js');
if (!existsSync(entry)) execSync('npm run --silent build', { cwd: root, stdio: 'inherit' });
const { hyeopchiProgram } = require(entry);
hyeopchiProgram()
  .parseAsync(process.argv)
  .catch((error) => {
    console.error(`hyeopchi: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
