import { ComponentType, ReactNode, lazy } from 'react';

/** A screen at a path: the pattern's groups, decoded, are its parameters. */
export interface Route {
  path: RegExp;
  screen: (...params: string[]) => ReactNode;
}

export function screenAt(routes: readonly Route[], path: string): ReactNode | undefined {
  for (const route of routes) {
    const match = route.path.exec(path);
    if (match) return route.screen(...match.slice(1).map(decodeURIComponent));
  }
  return undefined;
}

/** A screen loaded when first shown: desks most people never open stay out of the first page's JavaScript. */
export function lazyScreen<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  return lazy(async () => ({ default: await load() }));
}
