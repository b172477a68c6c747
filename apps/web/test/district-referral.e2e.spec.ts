import { randomUUID } from 'node:crypto';
import { eventually } from '@hyeopchi/testing';
import { Locator, Page } from 'playwright-core';
import { announced, DEMO_NAMES, DemoCity, seriousViolations, signInAs, startDemoCity } from './demo-city';

const PROPOSAL = 'mangwon-market-rest';
const TITLE = '망원시장 앞 그늘막과 쉼터 의자';
const MAPO_CHAIR = 'member-mapo-kang';
const CITY_CHAIR = 'member-han';
const CITY_SESSION = 'session-city-referral';
const WAIT = [60_000, 200] as const;
const SCENE = 180_000;

/** A district's committee refers a proposal up to the city's, which decides it: both committees' screens and the journey. */
describe('a district proposal referred to the city', () => {
  let city: DemoCity;
  const pages: Page[] = [];

  /** A command as the platform's services take it: the state a test starts from, not what it is about. */
  async function given(actor: string, role: string, type: string, data: Record<string, unknown>) {
    const reply = await city.sender.send('committee', { type, data, actor, role, commandId: randomUUID() });
    if (!reply.ok) throw new Error(`${type}: ${reply.error.code} ${reply.error.message}`);
  }
  /** A new person (browser context) signed in on `path`, once its level-1 heading says `heading`. */
  async function openAs(subject: string, path: string, heading: string | RegExp): Promise<Page> {
    const page = await city.open(path);
    pages.push(page);
    await signInAs(page, subject);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    return page;
  }
  // React Aria's radio is a hidden input inside its label: the label's text takes the click
  const choose = (scope: Locator, label: string) => scope.getByText(label, { exact: true }).click();
  const docketEntry = (page: Page) =>
    page
      .getByRole('region', { name: '위원회를 기다리는 제안' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3, name: TITLE }) });
  const overflow = (page: Page) =>
    page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

  beforeAll(async () => {
    // the demo's Mapo-gu parks division referred the proposal to Mapo-gu's committee
    city = await startDemoCity();
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.context().close()));
  });
  afterAll(() => city?.stop());

  it(
    "Mapo-gu's committee schedules a session, deliberates the proposal and refers it to the city",
    async () => {
      const page = await openAs(MAPO_CHAIR, '/committee?space=Mapo-gu', '마포구 위원회 회의');
      expect(await page.title()).toBe('마포구 위원회 회의 – 협치');
      await page.getByRole('button', { name: '회의 일정 잡기' }).click();
      const schedule = page.getByRole('dialog', { name: '회의 일정 잡기' });
      await schedule.getByLabel('날짜와 시각').fill('2027-04-01T10:00');
      await schedule.getByRole('button', { name: '일정 잡기' }).click();
      await schedule.waitFor({ state: 'detached' });
      await announced(page, '회의 일정을 잡았습니다.');
      const sessionLink = page.locator('a[href^="/committee/session-Mapo-gu-2027-04-01-1000"]');
      const sessionName = await sessionLink.innerText();

      const entry = docketEntry(page);
      await entry.getByText('안건 상정 대기').waitFor();
      await entry.getByRole('button', { name: /^안건으로 올리기/ }).click();
      const addItem = page.getByRole('dialog', { name: `“${TITLE}”을(를) 안건으로 올리기` });
      await choose(addItem, sessionName);
      await addItem.getByRole('button', { name: '안건으로 올리기' }).click();
      await addItem.waitFor({ state: 'detached' });
      await entry.getByText('안건에 올랐거나 의결됨').waitFor();

      await sessionLink.click();
      await page.getByRole('heading', { level: 1, name: /^마포구 위원회 .+ 회의$/ }).waitFor();
      for (const member of [MAPO_CHAIR, 'member-mapo-song']) {
        const name = member === MAPO_CHAIR ? DEMO_NAMES[MAPO_CHAIR] : '송지호';
        await page.getByRole('button', { name: `출석으로 기록 (${name})` }).click();
        await announced(page, `${name} 출석으로 기록했습니다.`);
      }
      await page.getByText('정족수 충족: 필요 2명 중 2명 출석.').waitFor();

      const item = page.getByRole('region', { name: TITLE });
      await item.getByRole('button', { name: /^동의안 발의/ }).click();
      const motion = page.getByRole('dialog', { name: `“${TITLE}”에 대한 동의안 발의` });
      await motion.getByLabel('동의안 내용').fill('Refer to the city: the market entrance is a city road.');
      await motion.getByRole('button', { name: '발의하기' }).click();
      await motion.waitFor({ state: 'detached' });
      await item.getByRole('button', { name: /^투표/ }).click();
      const vote = page.getByRole('dialog', { name: '동의안에 투표' });
      await choose(vote, '찬성');
      await vote.getByRole('button', { name: '투표하기' }).click();
      await vote.waitFor({ state: 'detached' });
      await item.getByText('찬성 1 · 반대 0 · 기권 0').waitFor();

      await item.getByRole('button', { name: /^의결 기록/ }).click();
      const decide = page.getByRole('dialog', { name: `“${TITLE}” 의결 기록` });
      // a district's committee sends up; only the city's delegates down
      expect(await decide.getByRole('radio', { name: '자치구에 위임' }).count()).toBe(0);
      await choose(decide, '서울시에 회부');
      await decide
        .getByRole('textbox', { name: '의결 이유' })
        .fill('시 소유 도로라 서울시가 결정해야 합니다.');
      await decide.getByRole('button', { name: '기록하고 봉인' }).click();
      await decide.waitFor({ state: 'detached' });
      const decision = item.getByRole('group', { name: '의결' });
      await decision.getByText('🔒 봉인됨').waitFor();
      const text = await decision.innerText();
      expect(text).toContain('의결: 서울시에 회부');
      expect(text).toContain('서울특별시 위원회');
      // React Aria's announcer keeps an image per announcement, labelled by nodes its dialogs took away, which axe
      // flags on a page after many dialogs: the page is looked at as a reader arriving on it finds it
      await page.reload();
      await decision.getByText('🔒 봉인됨').waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByLabel('언어').selectOption('en');
      await item.getByRole('group', { name: 'Decision' }).getByText("Seoul's committee").waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      // the proposal and the rationale stay as written; the screen's own words are English, no key left raw
      expect(await page.locator('main').innerText()).not.toMatch(/committee\.|의결|위원회/);
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await overflow(page)).toBeLessThanOrEqual(0);
    },
    SCENE,
  );

  it(
    "the city's committee finds it on its docket, referred by Mapo-gu's, and adopts it; the journey shows both",
    async () => {
      await eventually(
        async () => {
          const { committeeDocket } = await city.graphql<{ committeeDocket: { proposalId: string }[] }>(
            '{ committeeDocket { proposalId } }',
          );
          expect(committeeDocket.map((entry) => entry.proposalId)).toContain(PROPOSAL);
        },
        ...WAIT,
      );
      const tomorrow = new Date(city.clock.now().getTime() + 24 * 3600 * 1000).toISOString();
      await given(CITY_CHAIR, 'committee_chair', 'ScheduleSession', {
        sessionId: CITY_SESSION,
        scheduledFor: tomorrow,
      });

      const page = await openAs(CITY_CHAIR, '/committee', '서울특별시 위원회 회의');
      const entry = docketEntry(page);
      await entry.getByText(/^마포구 위원회가 회부 · /).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await entry.getByRole('button', { name: /^안건으로 올리기/ }).click();
      const addItem = page.getByRole('dialog', { name: `“${TITLE}”을(를) 안건으로 올리기` });
      await addItem.locator('label').first().click();
      await addItem.getByRole('button', { name: '안건으로 올리기' }).click();
      await addItem.waitFor({ state: 'detached' });
      await entry.getByText('안건에 올랐거나 의결됨').waitFor();

      const session = { sessionId: CITY_SESSION, itemId: 'item-1' };
      for (const memberId of ['member-han', 'member-yoon', 'member-choi']) {
        await given(CITY_CHAIR, 'committee_chair', 'RecordAttendance', {
          sessionId: CITY_SESSION,
          memberId,
          present: true,
        });
      }
      await given(CITY_CHAIR, 'committee_chair', 'ProposeMotion', {
        ...session,
        motionId: 'motion-1',
        text: 'Adopt it.',
      });
      for (const memberId of ['member-han', 'member-yoon']) {
        await given(memberId, 'committee_member', 'CastVote', {
          ...session,
          motionId: 'motion-1',
          vote: 'for',
        });
      }

      await page.goto(`${city.origin}/committee/${CITY_SESSION}`);
      const item = page.getByRole('region', { name: TITLE });
      await item.getByText('찬성 2 · 반대 0 · 기권 0').waitFor();
      await item.getByRole('button', { name: /^의결 기록/ }).click();
      const decide = page.getByRole('dialog', { name: `“${TITLE}” 의결 기록` });
      expect(await decide.getByRole('radio', { name: '서울시에 회부' }).count()).toBe(0);
      await choose(decide, '자치구에 위임');
      await decide.getByLabel('위임할 자치구').waitFor();
      await choose(decide, '채택');
      await decide.getByRole('textbox', { name: '의결 이유' }).fill('시 예산으로 올여름 전에 설치합니다.');
      await decide.getByRole('button', { name: '기록하고 봉인' }).click();
      await decide.waitFor({ state: 'detached' });
      await item.getByRole('group', { name: '의결' }).getByText('의결: 채택').waitFor();

      await page.goto(`${city.origin}/proposals/${PROPOSAL}`);
      const journey = page.getByRole('region', { name: '제안의 전체 여정' });
      await journey.getByText('마포구 위원회가 서울시 위원회에 회부했습니다.').waitFor();
      await journey.getByText('위원회 결정: 채택.').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByLabel('언어').selectOption('en');
      await page
        .getByRole('region', { name: 'The whole journey' })
        .getByText("Mapo-gu's committee referred it to the city's committee.")
        .waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await overflow(page)).toBeLessThanOrEqual(0);
    },
    SCENE,
  );
});
