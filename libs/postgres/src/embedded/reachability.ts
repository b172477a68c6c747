import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** Whether a user other than the owner can traverse every existing folder above `path` (and `path` itself). */
export function reachableByOthers(path: string): boolean {
  for (let folder = path; ; folder = dirname(folder)) {
    if (existsSync(folder) && (statSync(folder).mode & 0o001) === 0) return false;
    if (folder === dirname(folder)) return true;
  }
}
