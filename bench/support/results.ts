import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function writeResults(suite: string, results: object): string {
  const directory = resolve(__dirname, '../../../bench/results');
  mkdirSync(directory, { recursive: true });
  const file = `${directory}/${suite}.json`;
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
