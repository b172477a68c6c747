// Which package a repository file belongs to, and where an import specifier leads: the aliases are read from
// tsconfig.json `paths`, the one list the compiler, SWC and Jest also resolve by.
const { builtinModules } = require('node:module');
const { readFileSync } = require('node:fs');
const path = require('node:path');

const REPOSITORY_ROOT = path.resolve(__dirname, '..', '..');
const TOP_LEVEL_FOLDERS = new Set(['bench', 'scripts', 'test', 'bin', 'eslint']);
const BUILTINS = new Set(builtinModules);

/** alias → repository path of its directory, e.g. '@hyeopchi/civic/domain' → 'libs/civic/src/domain'. */
function readAliases(root) {
  const { paths } = JSON.parse(readFileSync(path.join(root, 'tsconfig.json'), 'utf8')).compilerOptions;
  return new Map(Object.entries(paths).map(([alias, [target]]) => [alias, target.replace(/\/$/, '')]));
}

/**
 * The contexts and their layers, from the aliases libs/<context>/src/<layer>: a context is a library with a domain
 * layer (other libraries' sub-aliases, such as libs/audit/src/portable, stay part of their library). A new layer or
 * context needs only its alias to be checked.
 */
function readContextLayers(aliases) {
  const layers = new Map();
  for (const target of aliases.values()) {
    const match = /^libs\/([^/]+)\/src\/([^/]+)$/.exec(target);
    if (match) layers.set(match[1], new Set([...(layers.get(match[1]) ?? []), match[2]]));
  }
  return new Map([...layers].filter(([, names]) => names.has('domain')));
}

const aliases = readAliases(REPOSITORY_ROOT);
const contextLayers = readContextLayers(aliases);
const aliasByDirectory = new Map([...aliases].map(([alias, target]) => [target, alias]));

/**
 * The package owning a repository path (posix, relative to the root), or undefined for files of no package (root
 * configuration). `root` is the folder a relative import must stay in; `tested` marks test code (test/ folders,
 * testing/ packages, *.test.ts files beside the code) that follows the rules of the package it tests.
 */
function packageOf(file) {
  const parts = file.split('/');
  const [area, name, folder, layer] = parts;
  const besideTest = /\.(test|spec)\.tsx?$/.test(file);
  if (area === 'libs' && name && folder) {
    const context = contextLayers.has(name) ? name : undefined;
    if (folder === 'src' && context && contextLayers.get(context).has(layer)) {
      return { kind: 'layer', context, layer, root: `libs/${name}/src/${layer}`, tested: besideTest };
    }
    if (folder === 'test')
      return { kind: context ? 'context' : 'lib', lib: name, context, root: `libs/${name}`, tested: true };
    if (folder === 'src' || folder === 'testing') {
      const testing = folder === 'testing';
      const kind = context ? 'context' : 'lib';
      return {
        kind,
        lib: name,
        context,
        root: `libs/${name}/${folder}`,
        testing,
        tested: besideTest || testing,
      };
    }
    return undefined;
  }
  if (area === 'apps' && name) {
    if (name === 'web' && folder === 'src')
      return { kind: 'web', app: name, root: 'apps/web/src', tested: besideTest };
    return { kind: 'app', app: name, root: `apps/${name}`, tested: besideTest || folder === 'test' };
  }
  if (TOP_LEVEL_FOLDERS.has(area)) return { kind: 'top', root: area, tested: area === 'test' };
  return undefined;
}

/**
 * Where `specifier` imported from `file` leads: a repository path (relative import or alias), a Node built-in, or
 * an npm package.
 */
function resolveImport(specifier, file) {
  if (specifier.startsWith('.')) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
    return { kind: 'repository', path: target, relative: true };
  }
  if (aliases.has(specifier)) return { kind: 'repository', path: aliases.get(specifier), relative: false };
  const bare = specifier.replace(/^node:/, '').split('/')[0];
  if (specifier.startsWith('node:') || BUILTINS.has(bare)) return { kind: 'builtin' };
  return { kind: 'npm', name: specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : bare };
}

/** The alias naming the package directory `target` is in, if any: what to import instead of a relative path. */
function aliasFor(target) {
  for (let directory = target; directory.includes('/'); directory = path.posix.dirname(directory)) {
    if (aliasByDirectory.has(directory)) return aliasByDirectory.get(directory);
  }
  return undefined;
}

function contains(folder, file) {
  return folder === '' || file === folder || file.startsWith(`${folder}/`);
}

module.exports = { REPOSITORY_ROOT, packageOf, resolveImport, aliasFor, contains };
