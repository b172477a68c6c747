// Three kinds of test, kept apart by file name (`*.unit.spec.ts`, `*.int.spec.ts`, `*.e2e.spec.ts`).
// Integration and e2e tests talk to real PostgreSQL and a real Kafka broker: see test/global-setup.ts.
const swcrc = require('fs').readFileSync(`${__dirname}/.swcrc`, 'utf8');
const swc = JSON.parse(swcrc);

const aliases = Object.fromEntries(
  Object.entries(swc.jsc.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swc, sourceMaps: 'inline', swcrc: false }] },
  moduleNameMapper: aliases,
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/data/'],
};

module.exports = {
  transform: common.transform,
  // Integration tests wait on real brokers and databases; their own waits are bounded more tightly.
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,test,eslint,bench}/**/*.unit.spec.ts'],
    },
    { ...common, displayName: 'int', testMatch: ['<rootDir>/{apps,libs,test,bench}/**/*.int.spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/{apps,libs,test}/**/*.e2e.spec.ts'] },
  ],
};
