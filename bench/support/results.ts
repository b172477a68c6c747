import { mkdirSync, writeFileSync } from 'node:fs';
import { projectPath } from '@hyeopchi/testing';

export function writeResults(suite: string, results: object): string {
  const directory = projectPath('bench/results');
  mkdirSync(directory, { recursive: true });
  const file = `${directory}/${suite}.json`;
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
