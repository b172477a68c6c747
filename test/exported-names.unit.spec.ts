import { projectPath } from '@hyeopchi/testing';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const DECLARATION =
  /^export (?:declare )?(?:abstract )?(?:type|interface|class|const|function|enum|let) (\w+)/gm;

/** The server's source files: the browser app has names of its own (its generated GraphQL types among them). */
function serverSources(): string[] {
  const tracked = execFileSync('git', ['ls-files', '--', 'libs', 'apps', 'bench', 'scripts'], {
    cwd: projectPath(),
    encoding: 'utf8',
  });
  return tracked
    .split('\n')
    .filter(
      (file) => file.endsWith('.ts') && !file.startsWith('apps/web/') && !/\/test\/|\.spec\.ts$/.test(file),
    );
}

describe('exported names', () => {
  it('mean one thing each: no two files of the server export the same name', () => {
    const filesOf = new Map<string, Set<string>>();
    for (const file of serverSources()) {
      for (const [, name] of readFileSync(projectPath(file), 'utf8').matchAll(DECLARATION)) {
        filesOf.set(name, (filesOf.get(name) ?? new Set()).add(file));
      }
    }
    const twice = [...filesOf]
      .filter(([, files]) => files.size > 1)
      .map(([name, files]) => [name, [...files]]);
    expect(twice).toEqual([]);
  });
});
