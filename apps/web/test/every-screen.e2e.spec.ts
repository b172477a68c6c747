import { Page } from 'playwright-core';
import { eventually } from '@hyeopchi/testing';
import { DemoCity, seriousViolations, signInAs, startDemoCity } from './demo-city';

/** Every screen of the app, as someone who may use it. */
const SCREENS: { path: string; as?: string }[] = [
  { path: '/' },
  { path: '/?space=Mapo-gu' },
  { path: '/plan' },
  { path: '/plan', as: 'citizen-6' },
  { path: '/proposals/shade-canopies' },
  { path: '/proposals/shade-canopies', as: 'citizen-6' },
  { path: '/proposals/new', as: 'kim-jiyoung' },
  { path: '/proposals/new?space=Mapo-gu', as: 'kim-jiyoung' },
  { path: '/proposals/mangwon-market-rest' },
  { path: '/organizations/new', as: 'kim-jiyoung' },
  { path: '/organizations/mapo-green', as: 'citizen-6' },
  { path: '/department', as: 'officer-parks' },
  { path: '/committee', as: 'member-han' },
  { path: '/committee/session-2026-1', as: 'member-yoon' },
  { path: '/secretariat', as: 'secretariat-jung' },
  { path: '/secretariat/surveys', as: 'secretariat-jung' },
  { path: '/secretariat/thresholds', as: 'secretariat-jung' },
  { path: '/secretariat/roster', as: 'secretariat-jung' },
  { path: '/secretariat/plan', as: 'secretariat-jung' },
  { path: '/secretariat/organizations', as: 'secretariat-jung' },
  { path: '/secretariat/departments', as: 'secretariat-jung' },
  { path: '/secretariat/councils', as: 'secretariat-jung' },
  { path: '/audit', as: 'auditor-lee' },
  { path: '/audit/streams/proposal-shade-canopies', as: 'auditor-lee' },
];

/**
 * A string that slipped through untranslated looks like its key, `<screen>.<name>`; event types
 * (`proposal.drafted.v1`) end in their version and process managers (`committee.agenda-from-referrals`) go on
 * with a hyphen: the auditor's desk shows both as they are.
 */
const RAW_KEY =
  /\b(app|nav|session|errors|placeholder|proposals?|filters|plan|organizations|department|committee|secretariat|amendment|audit|spaces)(\.[a-z][A-Za-z]*)+\b(?!\.v\d|-)/;

/** Controls smaller than 24 × 24 px (WCAG 2.5.8); links inside a sentence are exempt, as the criterion says. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`[...document.querySelectorAll(
      'main button, main select, main input, main textarea, main a, main [role="radio"], header a, header button, header select'
    )]
    .filter((element) => element.getClientRects().length > 0)
    .filter((element) => !(element.tagName === 'A' && element.closest('p, li p, dd, td')))
    .filter((element) => {
      const box = (element.type === 'checkbox' || element.type === 'radio') && element.closest('label')
        ? element.closest('label').getBoundingClientRect()
        : element.getBoundingClientRect();
      return box.width < 24 || box.height < 24;
    })
    .map((element) => element.outerHTML.slice(0, 80))`);
}

describe('every screen of the web app', () => {
  let city: DemoCity;
  beforeAll(async () => {
    city = await startDemoCity();
  });
  afterAll(() => city?.stop());

  it.each(SCREENS)(
    '$path as $as: no serious WCAG 2.2 AA violation in either language, no raw key, no sideways scroll at 320 px',
    async ({ path, as }) => {
      const page = await city.open(path);
      if (as) await signInAs(page, as);
      await page.waitForLoadState('networkidle');
      const titles: string[] = [];
      for (const language of ['ko', 'en']) {
        await page.locator('header .language select').selectOption(language);
        // polled from here: waitForFunction's eval is refused by the app's Content-Security-Policy
        await eventually(async () =>
          expect(await page.evaluate('document.documentElement.lang')).toBe(language),
        );
        await page.waitForLoadState('networkidle');
        expect({ language, violations: await seriousViolations(page) }).toEqual({ language, violations: [] });
        const rawKey = RAW_KEY.exec(await page.locator('body').innerText())?.[0] ?? null;
        expect({ language, rawKey }).toEqual({ language, rawKey: null });
        expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
        titles.push(await page.title());

        await page.setViewportSize({ width: 320, height: 640 });
        const overflow = await page.evaluate<number>(
          'document.documentElement.scrollWidth - document.documentElement.clientWidth',
        );
        expect({ language, overflow }).toEqual({ language, overflow: 0 });
        expect({ language, small: await smallTargets(page) }).toEqual({ language, small: [] });
        await page.setViewportSize({ width: 1280, height: 720 });
      }
      // the title follows the language, and names the screen
      expect(titles[0]).not.toBe(titles[1]);
      await page.context().close();
    },
  );
});
