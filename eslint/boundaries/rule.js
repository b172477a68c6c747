// hyeopchi/boundaries: every import (static, dynamic, re-export, require) is resolved to a repository path, a Node
// built-in or an npm package, and checked against the dependency matrix.
const path = require('node:path');
const { REPOSITORY_ROOT, packageOf, resolveImport } = require('./packages');
const { violationOf } = require('./matrix');
const { isAllowListed } = require('./allow-list');

const PREFIX = 'hyeopchi/boundaries';

/** @type {import('eslint').Rule.RuleModule} */
module.exports = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Keeps imports within the package boundaries of docs/architecture.md ("Boundaries").',
    },
    schema: [],
    messages: {
      domain: `${PREFIX} rule 1 (a domain is pure): {{from}} imports only @hyeopchi/domain-kernel and files of its own domain, not {{target}}; {{instead}}.`,
      layer: `${PREFIX} rule 2 (context layers): {{from}} may not import {{target}}; {{instead}}.`,
      gatewayKit: `${PREFIX} rule 3 (gateway-kit knows no context): libs/gateway-kit may not import {{target}}; contexts build on gateway-kit, not the reverse.`,
      gateway: `${PREFIX} rule 3 (the gateway depends on contracts, not services): libs/gateway may import only contexts' contract, read-model, graphql and audit, not {{target}}; {{instead}}.`,
      appToApp: `${PREFIX} rule 4 (an app never imports another app): {{from}} may not import {{target}}; move what both use into a library under libs/ and import it by its alias.`,
      libraryToApp: `${PREFIX} rule 4 (libraries never import apps): {{from}} may not import {{target}}; move what it needs into a library under libs/.`,
      relative: `${PREFIX} rule 5 (no relative import leaves its package): this path leaves {{from}}; {{instead}}.`,
      web: `${PREFIX} rule 5 (the web app runs in the browser): apps/web/src may import only @hyeopchi/audit and @hyeopchi/audit-verifier of this repository, not {{target}}.`,
    },
  },
  create(context) {
    const file = path.relative(REPOSITORY_ROOT, context.filename).split(path.sep).join('/');
    const from = packageOf(file);
    if (!from) return {};

    function check(source) {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const target = resolveImport(source.value, file);
      const violation = violationOf(from, target);
      if (violation && !isAllowListed(file, target)) context.report({ node: source, ...violation });
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportEqualsDeclaration: (node) => check(node.moduleReference?.expression),
      TSImportType: (node) => check(node.argument?.literal),
      'CallExpression[callee.type="Identifier"][callee.name="require"]': (node) => check(node.arguments[0]),
    };
  },
};
