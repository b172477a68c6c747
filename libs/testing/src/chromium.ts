import { Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium, headless, with the flags that work on this machine; Playwright gives each launch a fresh
 * profile (its own --user-data-dir). CHROMIUM_PATH overrides where it is.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
