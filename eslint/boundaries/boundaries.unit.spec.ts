import { Linter } from 'eslint';
import { join } from 'node:path';
import tseslint from 'typescript-eslint';
import hyeopchi from './index';

const root = join(__dirname, '..', '..');
const linter = new Linter({ configType: 'flat', cwd: root });
const config: Linter.Config[] = [
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser },
    plugins: { hyeopchi },
    rules: { 'hyeopchi/boundaries': 'error' },
  },
];

/** What the rule says of `code` written in `file` (a repository path): one message per crossed boundary. */
function crossings(file: string, code: string): string[] {
  return linter.verify(code, config, { filename: join(root, file) }).map(({ message }) => message);
}

const importing = (specifier: string) => `import { x } from '${specifier}';\nexport { x };\n`;

describe('hyeopchi/boundaries: lint fails on a boundary crossed', () => {
  describe('rule 1: a domain imports only the kernel and its own files', () => {
    it.each([
      'node:path',
      'fs',
      'zod',
      '@nestjs/common',
      '@hyeopchi/civic/contract',
      '@hyeopchi/event-store',
    ])('refuses %s in a context domain', (specifier) => {
      expect(crossings('libs/civic/src/domain/proposal/decide.ts', importing(specifier))).toEqual([
        expect.stringContaining('rule 1 (a domain is pure)'),
      ]);
    });

    it('refuses an npm package in the kernel', () => {
      expect(crossings('libs/domain-kernel/src/decider.ts', importing('zod'))).toEqual([
        expect.stringContaining('rule 1'),
      ]);
    });

    it('allows the kernel and files of its own domain', () => {
      const code = `${importing('@hyeopchi/domain-kernel')}import { y } from '../threshold-policy/events';\n`;
      expect(crossings('libs/civic/src/domain/proposal/decide.ts', code)).toEqual([]);
    });
  });

  describe("rule 2: a context's layers", () => {
    it("refuses another context's domain or service, and names the contract to import instead", () => {
      expect(crossings('libs/civic/src/service/routes.ts', importing('@hyeopchi/department/domain'))).toEqual(
        [
          expect.stringMatching(
            /rule 2 .*import what it publishes from @hyeopchi\/department\/contract instead/,
          ),
        ],
      );
      expect(
        crossings('libs/committee/src/graphql/a.resolver.ts', importing('@hyeopchi/feedback/service')),
      ).toEqual([expect.stringContaining('@hyeopchi/feedback/contract instead')]);
    });

    it.each([
      ['libs/civic/src/read-model/a.ts', '@hyeopchi/department/domain'],
      ['libs/civic/src/contract/a.ts', '@nestjs/graphql'],
      ['libs/civic/src/contract/a.ts', '@hyeopchi/civic/service'],
      ['libs/civic/src/service/a.ts', '@hyeopchi/gateway-kit'],
      ['libs/civic/src/audit/a.ts', '@hyeopchi/event-store'],
      ['libs/committee/src/seeds/a.ts', '@hyeopchi/event-store'],
      ['libs/civic/src/service/a.ts', '@hyeopchi/testing'],
    ])('refuses %s importing %s', (file, specifier) => {
      expect(crossings(file, importing(specifier))).toEqual([expect.stringContaining('rule 2')]);
    });

    it.each([
      ['libs/civic/src/contract/a.ts', 'zod'],
      ['libs/civic/src/contract/a.ts', '@hyeopchi/civic/domain'],
      ['libs/civic/src/contract/a.ts', '@hyeopchi/department/contract'],
      ['libs/civic/src/service/a.ts', '@hyeopchi/civic/contract'],
      ['libs/civic/src/service/a.ts', '@hyeopchi/event-store'],
      ['libs/civic/src/read-model/a.ts', '@hyeopchi/gateway-kit'],
      ['libs/civic/src/read-model/a.ts', '@hyeopchi/civic/domain'],
      ['libs/civic/src/graphql/a.ts', '@hyeopchi/department/read-model'],
      ['libs/civic/src/audit/a.ts', '@hyeopchi/audit'],
      ['libs/committee/src/seeds/a.ts', '@hyeopchi/command-processing'],
    ])('allows %s importing %s', (file, specifier) => {
      expect(crossings(file, importing(specifier))).toEqual([]);
    });
  });

  describe('rule 3: the gateway depends on contracts, gateway-kit on no context', () => {
    it('refuses any context in gateway-kit', () => {
      expect(crossings('libs/gateway-kit/src/a.ts', importing('@hyeopchi/civic/read-model'))).toEqual([
        expect.stringContaining('rule 3 (gateway-kit knows no context)'),
      ]);
    });

    it.each(['@hyeopchi/platform', '@hyeopchi/civic/service', '@hyeopchi/civic/domain'])(
      'refuses %s in the gateway',
      (specifier) => {
        expect(crossings('libs/gateway/src/a.ts', importing(specifier))).toEqual([
          expect.stringContaining('rule 3 (the gateway depends on contracts'),
        ]);
      },
    );

    it.each([
      '@hyeopchi/civic/contract',
      '@hyeopchi/civic/read-model',
      '@hyeopchi/civic/graphql',
      '@hyeopchi/civic/audit',
    ])('allows %s in the gateway', (specifier) => {
      expect(crossings('libs/gateway/src/a.ts', importing(specifier))).toEqual([]);
    });
  });

  describe('rule 4: apps are imported by nothing', () => {
    it('refuses another app, however it is reached', () => {
      expect(crossings('apps/cli/src/main.ts', importing('../../gateway/src/main'))).toEqual([
        expect.stringContaining('rule 4 (an app never imports another app)'),
      ]);
    });

    it('refuses an app in a library', () => {
      expect(crossings('libs/config/src/a.ts', importing('../../../apps/cli/src/main'))).toEqual([
        expect.stringContaining('rule 4 (libraries never import apps)'),
      ]);
    });
  });

  describe('rule 5: relative imports stay in their package', () => {
    it('refuses a relative path into a library, and names its alias', () => {
      const specifier = '../../../../../libs/audit/src/canonical-json';
      expect(crossings('apps/web/src/audit/verification/other.ts', importing(specifier))).toEqual([
        expect.stringMatching(/rule 5 .*leaves apps\/web\/src; import '@hyeopchi\/audit' instead/),
      ]);
    });

    it('refuses a relative path between top-level folders and into another layer', () => {
      expect(crossings('bench/a.bench.ts', importing('../scripts/screenshots'))).toEqual([
        expect.stringContaining('rule 5'),
      ]);
      expect(crossings('libs/civic/src/service/a.ts', importing('../domain'))).toEqual([
        expect.stringContaining("import '@hyeopchi/civic/domain' instead"),
      ]);
    });

    it('lets the web app import only the audit libraries', () => {
      expect(crossings('apps/web/src/audit/a.ts', importing('@hyeopchi/audit'))).toEqual([]);
      expect(crossings('apps/web/src/audit/a.ts', importing('@hyeopchi/civic/contract'))).toEqual([
        expect.stringContaining('rule 5 (the web app runs in the browser)'),
      ]);
    });
  });

  describe('rule 6: tests follow the package they test', () => {
    it('lets a test import the testing packages and its own library by relative path', () => {
      const code = [
        importing('@hyeopchi/testing'),
        "import { y } from '@hyeopchi/command-processing/testing';",
        "import { z } from '../../src/graphql/vote-blocker';",
      ].join('\n');
      expect(crossings('libs/committee/test/graphql/vote-blocker.unit.spec.ts', code)).toEqual([]);
    });

    it("refuses in a test what its package may not import: another context's service", () => {
      expect(
        crossings('libs/civic/test/domain/a.unit.spec.ts', importing('@hyeopchi/department/service')),
      ).toEqual([expect.stringContaining('rule 2')]);
    });
  });

  it('checks every way of importing: re-exports, dynamic imports and require', () => {
    const code = [
      "export * from 'node:fs';",
      "export { y } from 'zod';",
      "void import('@nestjs/common');",
      "require('node:path');",
    ].join('\n');
    expect(crossings('libs/civic/src/domain/a.ts', code)).toHaveLength(4);
  });
});
