import type { ESLint } from 'eslint';

/** The repository's ESLint plugin (index.js): its one rule is `boundaries`. */
declare const plugin: ESLint.Plugin;
export = plugin;
