import { randomUUID } from 'node:crypto';
import { eventually } from '@hyeopchi/testing';
import { Locator, Page } from 'playwright-core';
import { announced, DemoCity, seriousViolations, signInAs, startDemoCity } from './demo-city';

const SESSION = 'session-e2e';
const ITEM = { sessionId: SESSION, itemId: 'item-1' };
const CHAIR = 'member-han';
const MEMBER = 'member-yoon';

/** The committee session screen on the demo city: quorum, recusal, a keyboard vote seen live elsewhere, a sealed decision. */
describe('the committee session screen', () => {
  let city: DemoCity;
  const pages: Page[] = [];

  /** A command as the platform's services take it: the state a test starts from, not what it is about. */
  async function given(
    actor: string,
    role: string,
    type: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    const reply = await city.sender.send('committee', { type, data, actor, role, commandId: randomUUID() });
    if (!reply.ok) throw new Error(`${type}: ${reply.error.code} ${reply.error.message}`);
  }
  const present = (memberId: string) =>
    given(CHAIR, 'committee_chair', 'RecordAttendance', { sessionId: SESSION, memberId, present: true });

  /** A new person (browser context) signed in on the session's page. */
  async function openAs(subject: string, path = `/committee/${SESSION}`, section = '안건'): Promise<Page> {
    const page = await city.open(path);
    pages.push(page);
    await signInAs(page, subject);
    await page.getByRole('heading', { level: 2, name: section }).waitFor();
    return page;
  }
  const voteButton = (page: Page) => page.getByRole('button', { name: /^투표/ });
  /** The text of whatever describes the control (aria-describedby names one or more ids). */
  const describedBy = async (target: Locator) => {
    const ids = ((await target.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
    const texts = await Promise.all(ids.map((id) => target.page().locator(`[id="${id}"]`).innerText()));
    return texts.join(' ');
  };
  // the specs compile without the DOM's types: what runs in the page is given as a string
  const focusedText = (page: Page) => page.evaluate<string>("document.activeElement?.textContent ?? ''");
  const markUnreloaded = (page: Page) =>
    page.evaluate(() => ((globalThis as unknown as { unreloaded: boolean }).unreloaded = true));
  const unreloaded = (page: Page) =>
    page.evaluate(() => (globalThis as unknown as { unreloaded?: boolean }).unreloaded);

  beforeAll(async () => {
    city = await startDemoCity();
    const tomorrow = new Date(city.clock.now().getTime() + 24 * 3600 * 1000).toISOString();
    await given(CHAIR, 'committee_chair', 'ScheduleSession', { sessionId: SESSION, scheduledFor: tomorrow });
    // what the public-forum tier would ask of the committee: the platform's own command
    await given('platform', 'platform', 'ProposeAgendaItem', {
      proposalId: 'shade-canopies',
      source: 'forum_tier',
      reference: 'shade-canopies',
    });
    await given(CHAIR, 'committee_chair', 'AddAgendaItem', {
      ...ITEM,
      proposalId: 'shade-canopies',
      source: 'forum_tier',
    });
    await present(CHAIR);
    await present(MEMBER);
    await given(CHAIR, 'committee_chair', 'ProposeMotion', {
      ...ITEM,
      motionId: 'motion-1',
      text: 'Build the canopies this spring.',
    });
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.context().close()));
  });
  afterAll(() => city?.stop());

  it('disables voting without a quorum and says why; a member who declares a conflict is recused and told so', async () => {
    const page = await openAs(MEMBER);
    expect(await page.title()).toMatch(/회의 – 협치$/);
    await page.getByText('정족수 미달: 필요 3명 중 2명 출석.').waitFor();
    const vote = voteButton(page);
    expect(await vote.getAttribute('aria-disabled')).toBe('true');
    // the reason is the signed-in member's: until the page knows who signed in, it is another one
    await eventually(async () =>
      expect(await describedBy(vote)).toBe('지금은 할 수 없음: 정족수 미달 (필요 3명 중 2명 출석).'),
    );
    await vote.focus();
    await page.keyboard.press('Enter');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await markUnreloaded(page);

    const declare = page.getByRole('button', { name: /^이해충돌 신고/ });
    await declare.click();
    const dialog = page.getByRole('dialog', { name: '“Shade canopies in three parks”에 대한 이해충돌 신고' });
    await dialog.getByRole('button', { name: '신고하고 회피하기' }).click();
    const reason = dialog.getByRole('textbox', { name: '이해충돌 내용' });
    await dialog.getByRole('alert').filter({ hasText: '이해충돌 내용을 적으세요.' }).waitFor();
    expect(await describedBy(reason)).toContain('이해충돌 내용을 적으세요.');
    await reason.fill('My sister runs the contractor.');
    await dialog.getByRole('button', { name: '신고하고 회피하기' }).click();
    await page.getByText('윤서연 회피: My sister runs the contractor.').waitFor();

    // a third member arrives: the page hears it without a reload, and now names the recusal
    await present('member-choi');
    await page.getByText('정족수 충족: 필요 3명 중 3명 출석.').waitFor();
    // who moved it, by the roster's name, never by an account id
    await page.getByText('발의: 한정민').first().waitFor();
    expect(await vote.getAttribute('aria-disabled')).toBe('true');
    expect(await describedBy(vote)).toBe('지금은 할 수 없음: 이 안건에 이해충돌을 신고해 회피 중입니다.');
    expect(await unreloaded(page)).toBe(true);
  });

  it('casts a vote by keyboard alone, returns focus to the trigger, and the tally updates live in another member’s page', async () => {
    await present('member-choi'); // a quorum, whichever test ran before
    const watcher = await openAs(MEMBER);
    const tally = (page: Page) => page.getByTestId('tally-item-1-motion-1');
    expect(await tally(watcher).innerText()).toBe('찬성 0 · 반대 0 · 기권 0');
    await markUnreloaded(watcher);
    const page = await openAs(CHAIR);
    // the attendance reaches the read models on its own time: voting opens once the page shows the quorum
    await page.getByText('정족수 충족: 필요 3명 중 3명 출석.').waitFor();

    const vote = voteButton(page);
    expect(await vote.getAttribute('aria-disabled')).toBeNull();
    await vote.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '동의안에 투표' });
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate("document.activeElement?.closest('label')?.textContent")).toBe('찬성');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('투표하기');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });

    expect(await focusedText(page)).toBe('투표 (Build the canopies this spring.)');
    await page.getByText('내 표: 찬성').waitFor();
    await announced(page, '투표를 기록했습니다: 찬성.');
    expect(await describedBy(vote)).toBe('지금은 할 수 없음: 이미 투표했습니다.');
    await tally(watcher).filter({ hasText: '찬성 1 · 반대 0 · 기권 0' }).waitFor();
    expect(await unreloaded(watcher)).toBe(true);
  });

  it('lets the chair record the decision with its rationale, and shows it sealed', async () => {
    const page = await openAs(CHAIR);
    const trigger = page.getByRole('button', { name: /^의결 기록/ });
    await trigger.click();
    const dialog = page.getByRole('dialog', { name: '“Shade canopies in three parks” 의결 기록' });
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.locator('label', { hasText: /^채택$/ }).click();
    await dialog.getByRole('button', { name: '기록하고 봉인' }).click();
    await dialog.getByRole('alert').filter({ hasText: '의결 이유를 적으세요.' }).waitFor();
    await dialog.getByRole('textbox', { name: '의결 이유' }).fill('Shade before the summer heat.');
    await dialog.getByRole('button', { name: '기록하고 봉인' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // the same button, now for a superseding decision, has the focus back
    await page.getByRole('button', { name: /^대체 의결 기록/ }).waitFor();
    expect(await focusedText(page)).toMatch(/^대체 의결 기록/);

    const decision = page.getByRole('group', { name: '의결' });
    await decision.getByText('🔒 봉인됨').waitFor();
    const text = await decision.innerText();
    expect(text).toContain('의결: 채택');
    expect(text).toContain('찬성 1 · 반대 0 · 기권 0');
    expect(text).toContain('필요 3명 중 3명 출석');
    expect(text).toContain('윤서연');
    expect(text).toContain('Shade before the summer heat.');
    await page.getByText('의결로 봉인됨: 더 이상 표를 받지 않습니다.').waitFor();
  });

  it('has no serious or critical WCAG 2.2 AA violation in Korean and English, with a dialog open, nor scrolls sideways at 320 px', async () => {
    const page = await openAs(CHAIR, '/committee', '회의');
    await page.getByRole('link', { name: /회의$/ }).first().waitFor();
    expect(await page.title()).toBe('서울특별시 위원회 회의 – 협치');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '회의 일정 잡기' }).click();
    await page.getByRole('dialog', { name: '회의 일정 잡기' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByLabel('언어').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Committee sessions' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.locator('main').innerText()).not.toMatch(/committee\.|[가-힣]/);

    await page
      .getByRole('link', { name: /^Session of / })
      .first()
      .click();
    await page.getByRole('heading', { level: 2, name: 'Agenda' }).waitFor();
    expect(await page.title()).toMatch(/^Session of .+ – Hyeopchi$/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page
      .getByRole('button', { name: /^Move a motion/ })
      .first()
      .click();
    await page.getByRole('dialog').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
