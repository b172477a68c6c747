import { MouseEvent, useEffect, useState } from 'react';

const NAVIGATED = 'hyeopchi:navigated';

/** The path shown, following links inside the app and the browser's back and forward. */
export function usePath(): string {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const follow = () => setPath(window.location.pathname);
    window.addEventListener('popstate', follow);
    window.addEventListener(NAVIGATED, follow);
    return () => {
      window.removeEventListener('popstate', follow);
      window.removeEventListener(NAVIGATED, follow);
    };
  }, []);
  return path;
}

/** For a link's onClick: the app shows the page without a reload, unless the reader asked for a new tab. */
export function navigate(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  navigateTo(event.currentTarget.href);
}

/** Shows another page of the app without a reload, as after a form that was sent; `state` goes with it. */
export function navigateTo(path: string, state: unknown = null): void {
  window.history.pushState(state, '', path);
  window.dispatchEvent(new Event(NAVIGATED));
  window.scrollTo(0, 0);
}
