import { person, testToken } from '@hyeopchi/testing';
import { Page } from 'playwright-core';
import { announced, DemoCity, seriousViolations, signInAs, startDemoCity } from './demo-city';

/** Presses Tab until the focused control is named `name`: the keyboard alone gets there. */
async function tabTo(page: Page, name: string | RegExp): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    // the focused control's name: its label, its aria-label, or its text
    const focused = await page.evaluate<string>(
      `(() => { const e = document.activeElement; return (e?.labels?.[0]?.textContent ?? e?.getAttribute('aria-label') ?? e?.textContent ?? '').trim(); })()`,
    );
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
  }
  throw new Error(`no control named ${String(name)} within 60 presses of Tab`);
}

const isFocused = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => element.matches(':focus'));

/** The proposal screens on the demo city, in a real Chromium: live, by keyboard, accessible, in both languages. */
describe('proposals in the web app', () => {
  let city: DemoCity;

  beforeAll(async () => {
    city = await startDemoCity();
  });
  afterAll(() => city?.stop());

  const tokenOf = (subject: string, roles: ('citizen' | 'cso_admin')[]) =>
    testToken(person(subject, roles), city.secret);
  /** A proposal collecting supports, drafted and submitted through the API. */
  const submittedProposal = async (proposalId: string, title: string) => {
    const token = tokenOf('kim-jiyoung', ['cso_admin']);
    await city.graphql(
      `mutation ($input: DraftProposalInput!) { draftProposal(input: $input) { __typename } }`,
      {
        input: {
          proposalId,
          title,
          body: 'Somewhere to rest every 200 m.',
          serves: ['strategy-5'],
          departments: ['parks'],
          district: 'Mapo-gu',
        },
      },
      token,
    );
    await city.graphql(
      `mutation { submitProposal(input: { proposalId: "${proposalId}" }) { __typename } }`,
      {},
      token,
    );
  };

  it('submits a proposal by keyboard alone; another context sees it appear in its list without reload, announced', async () => {
    const watcher = await city.open('/');
    await watcher.evaluate(() => ((globalThis as unknown as { unreloaded: boolean }).unreloaded = true));
    const author = await city.open('/');
    await signInAs(author, 'lee-minho');
    await author.getByRole('link', { name: '제안하기' }).click();
    await author.getByRole('heading', { level: 1, name: '제안하기' }).waitFor();
    expect(await author.title()).toBe('제안하기 – 협치');

    await tabTo(author, '초안 저장');
    await author.keyboard.press('Enter');
    await author.getByRole('alert').filter({ hasText: '제목을 입력하세요.' }).waitFor();
    expect(await isFocused(author, 'input[name="title"]')).toBe(true);
    expect(await author.locator('input[name="title"]').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(author)).toEqual([]);

    await author.keyboard.type('Benches along the Hongje stream');
    await tabTo(author, '제안 내용과 이유');
    await author.keyboard.type('Somewhere to rest every 200 m for older walkers.');
    await author.keyboard.press('Tab');
    await author.keyboard.press('Space');
    await tabTo(author, '푸른도시여가국');
    await author.keyboard.press('Space');
    await tabTo(author, '지역');
    // a closed select follows the keys: End picks the last district by Korean name
    await author.keyboard.press('End');
    await tabTo(author, '초안 저장');
    await author.keyboard.press('Enter');

    const heading = author.getByRole('heading', { level: 1, name: 'Benches along the Hongje stream' });
    await heading.waitFor();
    expect(await heading.evaluate((element) => element.matches(':focus'))).toBe(true);
    await author.getByText('상태: 작성 중').waitFor();
    await author.locator('main').getByText('중랑구', { exact: true }).waitFor();

    await tabTo(author, '제안 제출');
    await author.keyboard.press('Enter');
    const dialog = author.getByRole('dialog', { name: '이 제안을 제출할까요?' });
    await dialog.waitFor();
    expect(await seriousViolations(author)).toEqual([]);
    await author.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(
      await author.getByRole('button', { name: '제안 제출' }).evaluate((button) => button.matches(':focus')),
    ).toBe(true);
    await author.keyboard.press('Enter');
    await dialog.waitFor();
    await tabTo(author, '제출');
    await author.keyboard.press('Enter');
    await author.getByText('상태: 지지 모으는 중').waitFor();

    await watcher.getByRole('heading', { level: 2, name: 'Benches along the Hongje stream' }).waitFor();
    await announced(watcher, '새 제안: Benches along the Hongje stream');
    expect(await watcher.evaluate(() => (globalThis as unknown as { unreloaded?: boolean }).unreloaded)).toBe(
      true,
    );
  });

  it("support raises the count, the bar's aria-valuenow and the button's aria-pressed; withdrawing reverses them", async () => {
    await submittedProposal('support-me', 'Drinking fountains in Mangwon park');
    const anonymous = await city.open('/proposals/support-me');
    await anonymous.getByText('이 제안을 지지하려면 시민 또는 단체 회원으로 로그인하세요.').waitFor();

    const page = await city.open('/proposals/support-me');
    await signInAs(page, 'citizen-6');
    const button = page.getByRole('button', { name: '이 제안 지지하기' });
    const bar = page.getByRole('progressbar', {
      name: 'Drinking fountains in Mangwon park: 다음 단계까지의 지지',
    });
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(await bar.getAttribute('aria-valuenow')).toBe('0');

    await button.click();
    await page.getByText('다음 단계까지 지지 1 / 3명').waitFor();
    expect(await bar.getAttribute('aria-valuenow')).toBe('1');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await announced(page, '지지가 반영되었습니다.');

    await button.click();
    await page.getByText('다음 단계까지 지지 0 / 3명').waitFor();
    expect(await bar.getAttribute('aria-valuenow')).toBe('0');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
  });

  it('shows the whole journey of a decided proposal, its answer, decision and implementation, accessibly in both languages', async () => {
    const page = await city.open('/proposals/river-cleanup');
    await signInAs(page, 'kim-jiyoung');
    const timeline = page.getByRole('region', { name: '제안의 전체 여정' });
    const steps = await timeline.getByRole('listitem').allInnerTexts();
    expect(steps[0]).toContain('초안 작성. (김지영 (시민단체 관리자))');
    expect(steps.join('\n')).toMatch(/기후환경본부 답변: 위원회 회부\. \(강민서/);
    expect(steps.join('\n')).toMatch(/위원회 결정: 채택\. \(한정민/);
    const decision = await page.getByRole('region', { name: '위원회 결정' }).innerText();
    expect(decision).toContain('찬성 3, 반대 0, 기권 1 (출석 4명)');
    const progress = page.getByRole('progressbar', { name: '실행 진척도' });
    expect(await progress.getAttribute('aria-valuenow')).toBe('40');
    expect(await page.getByRole('region', { name: '부서 검토' }).innerText()).toContain('위원회 회부');
    expect(await page.locator('main').innerText()).not.toMatch(/proposal\.|proposals\./);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('언어').selectOption('en');
    await page.getByRole('heading', { level: 2, name: 'The whole journey' }).waitFor();
    // people keep the names they chose, in Hangul; nothing else is left in Korean
    const english = (await page.locator('main').innerText()).replace(
      /김지영|이민호|박서연|최유나|한도윤|오세진|강민서|문지후|이수진|한정민|윤서연|최민준|서하은|정우진/g,
      '',
    );
    expect(english).not.toMatch(/[가-힣]|proposal\.|proposals\./);
    expect(english).toContain('Climate and Environment Headquarters');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('registers an organization: each field says how to fix it, a refusal is said in words', async () => {
    const page = await city.open('/');
    await signInAs(page, 'citizen-6');
    await page.getByRole('link', { name: '단체 등록하기' }).click();
    await page.getByRole('heading', { level: 1, name: '단체 등록' }).waitFor();
    await page.getByLabel('짧은 ID').fill('mapo green');
    await page.getByRole('button', { name: '등록' }).click();
    await page.getByRole('alert').filter({ hasText: '단체 이름을 입력하세요.' }).waitFor();
    const id = page.getByLabel('짧은 ID');
    expect(await id.getAttribute('aria-describedby')).toMatch(/problem/);
    await page.getByText('ID에는 영문자, 숫자, - _ . : 만 쓰세요 (띄어쓰기 없이).').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('단체 이름').fill('Mapo Walkers');
    await id.fill('mapo-green');
    await page.getByLabel('활동 지역').selectOption('Mapo-gu');
    await page.getByRole('button', { name: '등록' }).click();
    await page.getByRole('alert').filter({ hasText: '같은 ID의 단체가 이미 있습니다' }).waitFor();

    await id.fill('mapo-walkers');
    await page.getByRole('button', { name: '등록' }).click();
    await page.locator('main').getByText('Mapo Walkers을(를) 등록했습니다.').waitFor();
    await page.getByLabel('언어').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Register an organization' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // its registrant may propose for it at once, without signing in again for a new token
    await page.goto(`${city.origin}/proposals/new`);
    const organization = page.getByLabel('Propose for');
    await organization.selectOption({ label: 'Mapo Walkers' });
    expect(await organization.inputValue()).toBe('mapo-walkers');
  });

  it("counts an overdue review's days by the platform's clock and says overdue; a closed support window is said in words", async () => {
    await submittedProposal('too-late', 'Night buses to Sangam');
    city.clock.advanceDays(40);

    const page = await city.open('/proposals/shade-canopies');
    const reviews = await page.getByRole('region', { name: '부서 검토' }).innerText();
    expect(reviews).toMatch(/검토 40일째 \(기한 \d+일, .+까지\)/);
    expect(reviews).toContain('기한 초과: 답변 기한이 지났습니다');
    await page.getByText('상태: 부서 검토 중').waitFor();

    const supporter = await city.open('/proposals/too-late');
    await signInAs(supporter, 'citizen-6');
    await supporter.getByRole('button', { name: '이 제안 지지하기' }).click();
    await supporter
      .getByRole('alert')
      .filter({ hasText: '이 제안의 지지 기간이 끝나 더 이상 지지할 수 없습니다.' })
      .waitFor();
    expect(
      await supporter.getByRole('button', { name: '이 제안 지지하기' }).getAttribute('aria-pressed'),
    ).toBe('false');
  });
});
