import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { EVENT_CATALOGUE_FILE, eventCatalogue } from '@hyeopchi/audit-verifier';

/** `npm run events:catalogue`: writes docs/events.schema.json from the domain libraries' event unions. */
async function main(): Promise<void> {
  // run from dist/scripts, after the build: the repository is two folders up
  const root = resolve(__dirname, '../..');
  const file = join(root, EVENT_CATALOGUE_FILE);
  const json = JSON.stringify(eventCatalogue(root), null, 2);
  await writeFile(file, await format(json, { ...(await resolveConfig(file)), filepath: file }));
  console.log(`wrote ${EVENT_CATALOGUE_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
