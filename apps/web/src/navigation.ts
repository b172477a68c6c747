import { MouseEvent, useEffect, useState } from 'react';

const NAVIGATED = 'hyeopchi:navigated';

/** Parameters of the address that follow the reader from page to page: the governance space they chose. */
const KEPT_PARAMETERS = ['space'] as const;

/** A part of the address, following links inside the app and the browser's back and forward. */
function useAddressPart(read: () => string): string {
  const [part, setPart] = useState(read);
  useEffect(() => {
    const follow = () => setPart(read());
    window.addEventListener('popstate', follow);
    window.addEventListener(NAVIGATED, follow);
    return () => {
      window.removeEventListener('popstate', follow);
      window.removeEventListener(NAVIGATED, follow);
    };
  }, [read]);
  return part;
}

const readPath = () => window.location.pathname;
const readSearch = () => window.location.search;

/** The path shown. */
export const usePath = (): string => useAddressPart(readPath);

/** The search part of the address shown (`?space=Mapo-gu`), empty for none. */
export const useSearch = (): string => useAddressPart(readSearch);

/**
 * Where a link inside the app leads, as path, search and hash, with the kept parameters of `from` (the address
 * shown) that `to` does not set itself.
 */
export function withKeptParameters(to: string, from: string): string {
  const target = new URL(to, from);
  const current = new URL(from);
  for (const name of KEPT_PARAMETERS) {
    const kept = current.searchParams.get(name);
    if (kept && !target.searchParams.has(name)) target.searchParams.set(name, kept);
  }
  return `${target.pathname}${target.search}${target.hash}`;
}

/** For a link's onClick: the app shows the page without a reload, unless the reader asked for a new tab. */
export function navigate(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  navigateTo(event.currentTarget.href);
}

/** Shows another page of the app without a reload, as after a form that was sent; `state` goes with it. */
export function navigateTo(path: string, state: unknown = null): void {
  showAddress(withKeptParameters(path, window.location.href), state);
  window.scrollTo(0, 0);
}

/** Shows exactly this address, its parameters as given (none kept from the last), without a reload. */
export function showAddress(address: string, state: unknown = null): void {
  window.history.pushState(state, '', address);
  window.dispatchEvent(new Event(NAVIGATED));
}
