import { launchChromium, postGraphql, projectPath } from '@hyeopchi/testing';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoCity } from '@hyeopchi/platform/testing';
import { Browser } from 'playwright-core';

interface Screen {
  file: string;
  path: string;
  as?: string;
  language: 'ko' | 'en';
  width?: number;
  /** Text the screen shows once it is ready, when it needs more than its first data (reloaded until it does). */
  readyWhen?: string;
}

const SESSION_STREAM = 'session-session-2026-1';

/** What the README shows: each main screen, as whom, in which language. */
const SCREENS: Screen[] = [
  { file: 'proposals', path: '/', language: 'en' },
  { file: 'proposal', path: '/proposals/river-cleanup', as: 'citizen-6', language: 'en' },
  { file: 'submit-proposal', path: '/proposals/new', as: 'kim-jiyoung', language: 'en' },
  { file: 'department-desk', path: '/department', as: 'officer-climate', language: 'en' },
  { file: 'committee-session', path: '/committee/session-2026-1', as: 'member-han', language: 'en' },
  { file: 'plan', path: '/plan', as: 'citizen-6', language: 'en' },
  { file: 'secretariat-surveys', path: '/secretariat/surveys', as: 'secretariat-jung', language: 'en' },
  { file: 'secretariat-thresholds', path: '/secretariat/thresholds', as: 'secretariat-jung', language: 'en' },
  { file: 'secretariat-roster', path: '/secretariat/roster', as: 'secretariat-jung', language: 'ko' },
  { file: 'auditor-desk', path: '/audit', as: 'auditor-lee', language: 'en' },
  { file: 'proposals-mobile-ko', path: '/', language: 'ko', width: 360 },
  { file: 'district-proposals-ko', path: '/?space=Mapo-gu', language: 'ko' },
  { file: 'district-committee-ko', path: '/committee?space=Mapo-gu', as: 'member-mapo-kang', language: 'ko' },
  {
    file: 'secretariat-departments',
    path: '/secretariat/departments',
    as: 'secretariat-jung',
    language: 'en',
  },
];

/** The verify screen of the session's sealed decision: it passes once a signed checkpoint covers the decision. */
async function auditorVerifyScreen(origin: string): Promise<Screen> {
  const { token } = (await personaSession(origin, 'auditor-lee')) as { token: string };
  const { auditTrail } = await postGraphql<{ auditTrail: { type: string; streamVersion: number }[] }>(
    origin,
    'query ($streamId: String!) { auditTrail(streamId: $streamId) { type streamVersion } }',
    { streamId: SESSION_STREAM },
    token,
  );
  const decision = auditTrail.find((event) => event.type === 'session.decision_recorded.v1');
  if (!decision) throw new Error(`the demo's ${SESSION_STREAM} has no recorded decision`);
  return {
    file: 'auditor-verify',
    path: `/audit/verify/${SESSION_STREAM}/${decision.streamVersion}`,
    as: 'auditor-lee',
    language: 'en',
    readyWhen: 'Verified: every check passed.',
  };
}

const MAX_SCREENSHOT_HEIGHT = 2400;

/** `npm run screenshots`: the demo city in one process, and a PNG of each main screen into docs/screenshots. */
async function main(): Promise<void> {
  refuseWithoutFonts();
  // the persona picker is a development platform's: it signs with a secret file of its own
  const secretFolder = mkdtempSync(join(tmpdir(), 'hyeopchi-screenshots-'));
  // checkpoints signed every second, so the decision's verification can pass
  const { origin, stop } = await startDemoCity('hyeopchi_screenshots', {
    JWT_DEV_SECRET_FILE: join(secretFolder, 'jwt-dev-secret'),
    AUDIT_CHECKPOINT_EVERY_SECONDS: '1',
  });
  const browser = await launchChromium();
  try {
    const directory = projectPath('docs/screenshots');
    mkdirSync(directory, { recursive: true });
    for (const screen of [...SCREENS, await auditorVerifyScreen(origin)]) {
      await shoot(browser, origin, screen, `${directory}/${screen.file}.png`);
      console.log(`docs/screenshots/${screen.file}.png`);
    }
  } finally {
    await browser.close();
    await stop();
    rmSync(secretFolder, { recursive: true, force: true });
  }
}

/** Without a Hangul font Chromium draws every Korean letter as a box (and without an emoji font, the 🔒 of a sealed
 * decision), and the screenshots would show that. */
function refuseWithoutFonts(): void {
  const fontsFor = (pattern: string) =>
    execFileSync('fc-list', [pattern, 'family'], { encoding: 'utf8' }).trim();
  if (!fontsFor(':lang=ko')) {
    throw new Error('no font here draws Korean: install one first (Debian: apt-get install fonts-noto-cjk)');
  }
  if (!fontsFor(':charset=1f512')) {
    throw new Error(
      'no font here draws emoji: install one first (Debian: apt-get install fonts-noto-color-emoji)',
    );
  }
}

async function shoot(browser: Browser, origin: string, screen: Screen, file: string): Promise<void> {
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
  for (let attempt = 1; ; attempt++) {
    await page.goto(`${origin}${screen.path}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    if (!screen.readyWhen || (await page.getByText(screen.readyWhen).count()) > 0) break;
    if (attempt === 20) throw new Error(`${screen.path} never showed "${screen.readyWhen}"`);
    await page.waitForTimeout(500);
  }
  // long screens (the auditor's event browser) are cut after a few screenfuls: the README shows their top
  const { width, height } = await page.evaluate<{ width: number; height: number }>(
    '({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight })',
  );
  await page.screenshot({
    path: file,
    fullPage: true,
    clip: { x: 0, y: 0, width, height: Math.min(height, MAX_SCREENSHOT_HEIGHT) },
  });
  await context.close();
}

async function personaSession(origin: string, subject: string): Promise<object> {
  const { signInAsPersona } = await postGraphql<{
    signInAsPersona: { token: string; expiresAt: string; persona: object };
  }>(
    origin,
    `
      mutation ($subject: String!) {
        signInAsPersona(subject: $subject) {
          token
          expiresAt
          persona {
            subject
            roles
            organizations
            departments
            onCommittee
          }
        }
      }
    `,
    { subject },
  );
  const { token, expiresAt, persona } = signInAsPersona;
  return { token, expiresAt, person: persona };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
