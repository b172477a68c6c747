import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A path in the repository, found from this file whether it runs as TypeScript (jest) or compiled (dist/). */
export function projectPath(...segments: string[]): string {
  for (let folder = __dirname; ; folder = dirname(folder)) {
    const manifest = join(folder, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'hyeopchi'
    ) {
      return join(folder, ...segments);
    }
    if (folder === dirname(folder)) throw new Error('not inside the hyeopchi repository');
  }
}
