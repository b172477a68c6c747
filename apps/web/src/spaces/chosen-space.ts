import { showAddress, useSearch } from '../navigation';

/** The address's parameter naming the chosen space; none is the city-wide view, every space at once. */
const PARAMETER = 'space';
const REMEMBERED = 'hyeopchi.space';

/** The space an address's search part names, or null for the city-wide view. */
export function spaceInSearch(search: string): string | null {
  return new URLSearchParams(search).get(PARAMETER) || null;
}

/** The address `href` in the space `spaceId` (null: city-wide), as path, search and hash. */
export function addressInSpace(href: string, spaceId: string | null): string {
  const url = new URL(href);
  if (spaceId) url.searchParams.set(PARAMETER, spaceId);
  else url.searchParams.delete(PARAMETER);
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The space the reader is in: the address's, which links inside the app keep (`navigation.ts`). */
export function useChosenSpace(): string | null {
  return spaceInSearch(useSearch());
}

/** Moves the reader to another space on the same page, and remembers it for their next visit. */
export function chooseSpace(spaceId: string | null): void {
  if (spaceId) localStorage.setItem(REMEMBERED, spaceId);
  else localStorage.removeItem(REMEMBERED);
  showAddress(addressInSpace(window.location.href, spaceId));
}

/** At the start: an address that names no space shows the one the reader chose last time. */
export function showRememberedSpace(): void {
  const remembered = localStorage.getItem(REMEMBERED);
  if (remembered && !spaceInSearch(window.location.search)) {
    window.history.replaceState(window.history.state, '', addressInSpace(window.location.href, remembered));
  }
}
