import { launchChromium, projectPath } from '@hyeopchi/testing';
import { mkdirSync } from 'node:fs';
import { startDemoCity } from '../bench/support/demo-city';
import { Browser } from 'playwright-core';

/** What the README shows: each main screen, as whom, in which language. */
const SCREENS: { file: string; path: string; as?: string; language: 'ko' | 'en'; width?: number }[] = [
  { file: 'proposals', path: '/', language: 'en' },
  { file: 'proposal', path: '/proposals/river-cleanup', as: 'citizen-6', language: 'en' },
  { file: 'submit-proposal', path: '/proposals/new', as: 'kim-jiyoung', language: 'en' },
  { file: 'department-desk', path: '/department', as: 'officer-climate', language: 'en' },
  { file: 'committee-session', path: '/committee/session-2026-1', as: 'member-han', language: 'en' },
  { file: 'plan', path: '/plan', language: 'en' },
  { file: 'auditor-desk', path: '/audit', as: 'auditor-lee', language: 'en' },
  { file: 'proposals-mobile-ko', path: '/', language: 'ko', width: 360 },
];

const secret = 'a-screenshot-secret-of-at-least-32-characters';

/** `npm run screenshots`: the demo city in one process, and a PNG of each main screen into docs/screenshots. */
async function main(): Promise<void> {
  const { origin, stop } = await startDemoCity('hyeopchi_screenshots', { JWT_SECRET: secret });
  const browser = await launchChromium();
  try {
    const directory = projectPath('docs/screenshots');
    mkdirSync(directory, { recursive: true });
    for (const screen of SCREENS) {
      await shoot(browser, origin, screen, `${directory}/${screen.file}.png`);
      console.log(`docs/screenshots/${screen.file}.png`);
    }
  } finally {
    await browser.close();
    await stop();
  }
}

async function shoot(
  browser: Browser,
  origin: string,
  screen: (typeof SCREENS)[number],
  file: string,
): Promise<void> {
  const context = await browser.newContext({ viewport: { width: screen.width ?? 1200, height: 900 } });
  const session = screen.as ? await personaSession(origin, screen.as) : null;
  // the app reads who is signed in and the language from its storage before it first renders
  const stored: [string, string][] = [['hyeopchi.language', screen.language]];
  if (session) stored.push(['hyeopchi.session', JSON.stringify(session)]);
  await context.addInitScript({
    content: stored
      .map(([key, value]) => `localStorage.setItem(${JSON.stringify(key)}, ${JSON.stringify(value)});`)
      .join('\n'),
  });
  const page = await context.newPage();
  await page.goto(`${origin}${screen.path}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: file, fullPage: true });
  await context.close();
}

async function personaSession(origin: string, subject: string): Promise<object> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation ($subject: String!) { signInAsPersona(subject: $subject) {
        token expiresAt persona { subject roles organizations departments onCommittee } } }`,
      variables: { subject },
    }),
  });
  const { data } = (await response.json()) as {
    data: { signInAsPersona: { token: string; expiresAt: string; persona: object } };
  };
  const { token, expiresAt, persona } = data.signInAsPersona;
  return { token, expiresAt, person: persona };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
