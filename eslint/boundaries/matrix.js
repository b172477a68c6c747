// The dependency matrix between packages (docs/architecture.md, "Boundaries"). Each check returns undefined when
// the import is allowed, else the message id and data the rule reports.
const { packageOf, aliasFor, contains } = require('./packages');

const ANY = '*';
/** Infrastructure a context's service may build on. */
const BUILDING_BLOCKS = [
  'command-processing',
  'event-store',
  'messaging',
  'postgres',
  'config',
  'name-based-uuid',
  'backoff',
  'contract-kit',
  'domain-kernel',
];
/** The read side also builds on what the gateway offers to contexts, and on who the caller is. */
const READ_SIDE_LIBRARIES = [...BUILDING_BLOCKS, 'gateway-kit', 'identity', 'context-names'];

/**
 * What each layer of a context may import: layers of its own context, layers of other contexts, libraries
 * (libs/<name>/src) and npm packages (ANY or a list; Node built-ins count as npm packages here).
 */
const LAYERS = {
  domain: { own: [], others: [], libraries: ['domain-kernel'], npm: [] },
  // name-based-uuid: the ids a contract derives from names are part of what the contract promises; identity: who
  // may send each command is part of it too.
  contract: {
    own: ['domain'],
    others: ['contract'],
    libraries: ['domain-kernel', 'contract-kit', 'name-based-uuid', 'identity'],
    npm: ['zod'],
  },
  service: { own: ['domain', 'contract'], others: ['contract'], libraries: BUILDING_BLOCKS, npm: ANY },
  // a context's read side may fold and measure with its own domain's pure functions (a survey's state, its gap)
  'read-model': {
    own: ['domain', 'contract'],
    others: ['contract', 'read-model'],
    libraries: READ_SIDE_LIBRARIES,
    npm: ANY,
  },
  graphql: {
    own: ['domain', 'contract', 'read-model'],
    others: ['contract', 'read-model'],
    libraries: READ_SIDE_LIBRARIES,
    npm: ANY,
  },
  // audit-verifier: the replay rules' vocabulary (`@hyeopchi/audit-verifier/replay-rules`)
  audit: {
    own: ['domain', 'contract'],
    others: [],
    libraries: ['domain-kernel', 'audit', 'audit-verifier'],
    npm: ANY,
  },
  // name-based-uuid: a seed's command ids derive from its content, so seeding twice changes nothing; the domain:
  // what a seed says is read by the domain's own pure parser (the study's master plan)
  seeds: {
    own: ['domain', 'contract'],
    others: [],
    libraries: ['command-processing', 'name-based-uuid'],
    npm: ANY,
  },
};

/** A context's own tests may exercise any of its layers with whatever any layer may use. */
const WHOLE_CONTEXT = {
  own: Object.keys(LAYERS),
  others: [...new Set(Object.values(LAYERS).flatMap((layer) => layer.others))],
  libraries: [...new Set(Object.values(LAYERS).flatMap((layer) => layer.libraries))],
  npm: ANY,
};

/**
 * Tests may also start the system they test: every service together and the Nest wiring they run in. Shipped code
 * never does (rule 3 keeps the gateway off the platform).
 */
const TEST_HARNESS = ['platform', 'event-infrastructure'];
const GATEWAY_LAYERS = ['contract', 'read-model', 'graphql', 'audit'];
const WEB_LIBRARIES = ['audit', 'audit-verifier'];
const KERNEL = 'domain-kernel';

function isDomain(pkg) {
  return (pkg.kind === 'layer' && pkg.layer === 'domain') || (pkg.kind === 'lib' && pkg.lib === KERNEL);
}

function isApp(pkg) {
  return pkg.kind === 'app' || pkg.kind === 'web';
}

function nameOf(pkg) {
  return pkg.kind === 'layer' ? `${pkg.context}/${pkg.layer}` : (pkg.lib ?? pkg.app ?? pkg.root);
}

function isTestOnlyPackage(pkg) {
  return pkg.kind === 'lib' && (pkg.testing || pkg.lib === 'testing' || TEST_HARNESS.includes(pkg.lib));
}

function rulesOfContextCode(pkg) {
  return pkg.kind === 'layer' && !pkg.tested ? LAYERS[pkg.layer] : WHOLE_CONTEXT;
}

function allowedByLayerRules(rules, from, to) {
  if (to.kind === 'layer') return (to.context === from.context ? rules.own : rules.others).includes(to.layer);
  return to.kind === 'lib' && !to.testing && rules.libraries.includes(to.lib);
}

function describeLayerRules(rules) {
  const parts = [
    rules.own.length > 0 && `its own ${rules.own.join(', ')}`,
    rules.others.length > 0 && `other contexts' ${rules.others.join(', ')}`,
    rules.libraries.map((name) => `@hyeopchi/${name}`).join(', '),
  ];
  return parts.filter(Boolean).join('; ');
}

/** What a context layer should depend on instead of another context's internals (or its own write side). */
function contractInstead(to) {
  return `import what it publishes from @hyeopchi/${to.context}/contract instead`;
}

function checkContextImport(from, to) {
  const rules = rulesOfContextCode(from);
  if (allowedByLayerRules(rules, from, to)) return undefined;
  const internals = to.kind === 'layer' && ['domain', 'service'].includes(to.layer);
  const instead = internals ? contractInstead(to) : `it may import ${describeLayerRules(rules)}`;
  return { messageId: 'layer', data: { from: from.root, target: nameOf(to), instead } };
}

function checkLibraryImport(from, to) {
  if (from.lib === 'gateway-kit' && (to.kind === 'layer' || to.kind === 'context')) {
    return { messageId: 'gatewayKit', data: { target: nameOf(to) } };
  }
  if (from.lib !== 'gateway') return undefined;
  const allowedLayer = to.kind === 'layer' && GATEWAY_LAYERS.includes(to.layer);
  if (allowedLayer || !(to.kind === 'layer' || to.kind === 'context' || to.lib === 'platform'))
    return undefined;
  const instead =
    to.kind === 'layer'
      ? contractInstead(to)
      : "import the contexts' contracts (commands, routes) from @hyeopchi/<context>/contract instead";
  return { messageId: 'gateway', data: { target: nameOf(to), instead } };
}

/** Imports of other repository files, resolved to the package `to` owning `target`. */
function checkRepositoryImport(from, target) {
  const to = packageOf(target.path);
  if (to && isApp(to) && isApp(from) && to.app !== from.app) {
    return { messageId: 'appToApp', data: { from: from.root, target: to.root } };
  }
  if (to && isApp(to) && from.kind !== 'top' && !isApp(from)) {
    return { messageId: 'libraryToApp', data: { from: from.root, target: to.root } };
  }
  if (contains(from.root, target.path)) return undefined;
  if (target.relative) {
    const alias = aliasFor(target.path);
    const instead = alias
      ? `import '${alias}' instead`
      : 'move what both use into a library under libs/ and import it by its alias';
    return { messageId: 'relative', data: { from: from.root, instead } };
  }
  if (!to) return undefined;
  if (from.tested && isTestOnlyPackage(to)) return undefined;
  if (isDomain(from)) {
    if (to.kind === 'lib' && to.lib === KERNEL) return undefined;
    const instead =
      'what the domain shares with other code belongs in the domain (or the kernel), not the reverse';
    return { messageId: 'domain', data: { from: from.root, target: nameOf(to), instead } };
  }
  if (from.kind === 'layer' || from.kind === 'context') return checkContextImport(from, to);
  if (from.kind === 'lib') return checkLibraryImport(from, to);
  if (from.kind === 'web' && !(to.kind === 'lib' && WEB_LIBRARIES.includes(to.lib))) {
    return { messageId: 'web', data: { target: nameOf(to) } };
  }
  return undefined;
}

/** Imports of npm packages and Node built-ins: only the domain and the contract layer are restricted. */
function checkExternalImport(from, name) {
  if (from.tested) return undefined;
  if (isDomain(from)) {
    const instead = 'do the I/O in a service or seed and pass its result in';
    return { messageId: 'domain', data: { from: from.root, target: name, instead } };
  }
  if (from.kind !== 'layer') return undefined;
  const { npm } = LAYERS[from.layer];
  if (npm === ANY || npm.includes(name)) return undefined;
  const instead = `it may import the npm packages ${npm.join(', ')}`;
  return { messageId: 'layer', data: { from: from.root, target: name, instead } };
}

/** Why importing `target` (a resolveImport result) from a file of package `from` crosses a boundary, if it does. */
function violationOf(from, target) {
  if (target.kind === 'repository') return checkRepositoryImport(from, target);
  return checkExternalImport(from, target.kind === 'builtin' ? 'Node built-in modules' : target.name);
}

module.exports = { violationOf };
