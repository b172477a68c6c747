import { eventually, person, testToken } from '@hyeopchi/testing';
import { Page } from 'playwright-core';
import { DemoCity, announced, seriousViolations, signInAs, startDemoCity } from './demo-city';

const MAPO_PROPOSAL = '망원시장 앞 그늘막과 쉼터 의자';
const RIVER_PROPOSAL = 'Monthly Hongje stream clean-up with residents';

/** The header's space picker; the desk's thresholds screen has a select of spaces of its own. */
const picker = (page: Page) => page.locator('header').getByLabel(/^(공간|Space)/);
const spaceInAddress = (page: Page) => new URL(page.url()).searchParams.get('space');
const cardTitles = (page: Page) => page.locator('main .cards h2').allInnerTexts();
const card = (page: Page, title: string) =>
  page.locator('main .cards > li').filter({ has: page.getByRole('heading', { name: title }) });
/** What a proposal's card says in chips: its status, and its space in the city-wide view. */
const chips = (page: Page, title: string) => card(page, title).locator('.chip').allInnerTexts();

/** Governance spaces in the web app, on the demo city: the header's picker, each space's proposals and policies. */
describe('governance spaces in the web app', () => {
  let city: DemoCity;

  beforeAll(async () => {
    city = await startDemoCity();
  });
  afterAll(() => city?.stop());

  it('filters the list by the district picked in the header, through navigation and a reload, remembered for the next visit', async () => {
    const page = await city.open('/');
    // city-wide: every space's proposals, each card naming its space
    await card(page, MAPO_PROPOSAL).waitFor();
    // answered by Mapo-gu's parks division, which referred it to the district's committee
    expect(await chips(page, MAPO_PROPOSAL)).toEqual(['부서 답변 완료', '마포구']);
    expect(await chips(page, RIVER_PROPOSAL)).toContain('서울특별시');
    expect(spaceInAddress(page)).toBeNull();

    await picker(page).selectOption({ label: '마포구' });
    await eventually(async () => expect(await cardTitles(page)).toEqual([MAPO_PROPOSAL]));
    expect(spaceInAddress(page)).toBe('Mapo-gu');
    // inside a space, the cards need not name it
    expect(await chips(page, MAPO_PROPOSAL)).toEqual(['부서 답변 완료']);

    await page.getByRole('navigation').getByRole('link', { name: '기본계획' }).click();
    await eventually(async () => expect(new URL(page.url()).pathname).toBe('/plan'));
    expect(spaceInAddress(page)).toBe('Mapo-gu');
    await page.getByRole('navigation').getByRole('link', { name: '제안' }).click();
    await eventually(async () => expect(await cardTitles(page)).toEqual([MAPO_PROPOSAL]));

    await page.reload();
    await eventually(async () => expect(await cardTitles(page)).toEqual([MAPO_PROPOSAL]));
    expect(await picker(page).inputValue()).toBe('Mapo-gu');

    // the next visit, from an address that names no space, opens in the one picked last
    const nextVisit = await page.context().newPage();
    await nextVisit.goto(`${city.origin}/`);
    await eventually(async () => expect(await cardTitles(nextVisit)).toEqual([MAPO_PROPOSAL]));
    expect(spaceInAddress(nextVisit)).toBe('Mapo-gu');

    await picker(page).selectOption({ label: '서울시 전체' });
    await eventually(async () => expect((await cardTitles(page)).length).toBeGreaterThan(4));
    expect(spaceInAddress(page)).toBeNull();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("drafts in the space picked, a district's space fixing the district, and the proposal names its space", async () => {
    const page = await city.open('/proposals/new?space=Seongbuk-gu');
    await signInAs(page, 'kim-jiyoung');
    await page.getByText('성북구에서 작성합니다.').waitFor();
    const district = page.getByLabel('지역');
    expect(await district.inputValue()).toBe('성북구');
    expect(await district.getAttribute('readonly')).not.toBeNull();
    await page.getByLabel('제목').fill('정릉천 산책로 가로등');
    await page.getByLabel('제안 내용과 이유').fill('밤에도 안전하게 걸을 수 있도록 가로등을 늘려 주세요.');
    await page.locator('input[name="serves"]').first().check();
    // a district's draft offers its own departments
    await page.getByLabel('성북구 복지정책과').check();
    expect(await page.getByLabel('푸른도시여가국').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '초안 저장' }).click();
    await page.getByRole('heading', { level: 1, name: '정릉천 산책로 가로등' }).waitFor();
    expect(spaceInAddress(page)).toBe('Seongbuk-gu');
    expect(await page.locator('dl.facts').first().innerText()).toMatch(/공간\s*성북구/);
    await page.context().close();
  });

  it('the secretariat adopts a stricter threshold policy for one district while a proposal there keeps its recorded one', async () => {
    const page = await city.open('/secretariat/thresholds?space=Mapo-gu');
    await signInAs(page, 'secretariat-jung');
    expect(await page.locator('main').getByLabel('공간', { exact: true }).inputValue()).toBe('Mapo-gu');
    const versions = page.getByRole('region', { name: '버전 기록' }).getByRole('listitem');
    await versions.first().getByText('현재 적용 중').waitFor();
    expect(await versions.count()).toBe(1);
    const form = page.getByRole('region', { name: '새 기준 채택' });
    expect(await form.getByLabel('부서 답변').inputValue()).toBe('5');
    await form.getByLabel('부서 답변').fill('10');
    // the form says what is wrong with a day gone before the platform is asked
    await form.getByLabel('시행일').fill('2020-01-01');
    await form.getByRole('button', { name: '새 기준 채택' }).click();
    await form.getByText('시행일은 오늘이나 그 뒤여야 합니다.').waitFor();
    const today = await form.getByLabel('시행일').getAttribute('min');
    await form.getByLabel('시행일').fill(today!);
    await form.getByRole('button', { name: '새 기준 채택' }).click();
    await announced(page, '기준 2번째 버전을 채택했습니다');
    await eventually(async () => expect(await versions.count()).toBe(2));
    expect(await versions.nth(0).innerText()).toMatch(
      /2번째 버전[\s\S]*현재 적용 중[\s\S]*시행일[\s\S]*지지 10명/,
    );
    expect(await versions.nth(1).innerText()).toMatch(/1번째 버전[\s\S]*이전 버전[\s\S]*지지 5명/);
    expect(await seriousViolations(page)).toEqual([]);
    // the city's own thresholds are untouched
    await page.locator('main').getByLabel('공간', { exact: true }).selectOption('seoul');
    await eventually(async () => expect(await versions.count()).toBe(1));
    expect(await versions.first().innerText()).toMatch(/지지 3명/);

    // the Mapo proposal submitted before keeps version 1; one submitted now is held to version 2
    const submittedBefore = await city.open('/proposals/mangwon-market-rest');
    expect(await submittedBefore.locator('dl.facts').first().innerText()).toMatch(
      /공간\s*마포구[\s\S]*제1판/,
    );
    // it reached version 1's department tier at 5 supports: its forum's 30 is next
    expect(await submittedBefore.getByRole('progressbar').first().getAttribute('aria-valuemax')).toBe('30');

    const author = person('citizen-6', ['citizen']);
    const token = testToken(author, city.secret);
    const send = (mutation: string, input: object) =>
      city.graphql(
        `mutation ($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { __typename } }`,
        { input },
        token,
      );
    await send('draftProposal', {
      proposalId: 'mapo-after',
      spaceId: 'Mapo-gu',
      title: '홍대 앞 보행자 거리 주말 확대',
      body: '주말에는 차 없는 거리를 늘려 주세요.',
      serves: ['strategy-5'],
      departments: ['mapo-parks'],
      district: 'Mapo-gu',
    });
    await send('submitProposal', { proposalId: 'mapo-after' });
    const submittedAfter = await city.open('/proposals/mapo-after');
    await eventually(async () =>
      expect(await submittedAfter.locator('dl.facts').first().innerText()).toMatch(
        /공간\s*마포구[\s\S]*제2판/,
      ),
    );
    expect(await submittedAfter.getByRole('progressbar').first().getAttribute('aria-valuemax')).toBe('10');

    // a version adopted for tomorrow waits for its day, and the one in force stays so until then
    await page.locator('main').getByLabel('공간', { exact: true }).selectOption('Mapo-gu');
    await eventually(async () => expect(await versions.count()).toBe(2));
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 24 * 60 * 60 * 1000)
      .toISOString()
      .slice(0, 10);
    await form.getByLabel('부서 답변').fill('12');
    await form.getByLabel('시행일').fill(tomorrow);
    await form.getByRole('button', { name: '새 기준 채택' }).click();
    await announced(page, '기준 3번째 버전을 채택했습니다');
    await eventually(async () => expect(await versions.count()).toBe(3));
    expect(await versions.nth(0).innerText()).toMatch(/3번째 버전[\s\S]*시행 예정[\s\S]*지지 12명/);
    expect(await versions.nth(1).innerText()).toMatch(/2번째 버전[\s\S]*현재 적용 중/);
    await page.context().close();
  });

  it('creates a thematic council on the desk, and the header picks it at once', async () => {
    const page = await city.open('/secretariat/councils');
    await signInAs(page, 'secretariat-jung');
    const councils = page.getByRole('region', { name: '협의회', exact: true });
    await councils.getByRole('heading', { name: '기후위기 대응 협의회' }).waitFor();
    const form = page.getByRole('region', { name: '협의회 만들기' });
    await form.getByLabel('한국어 이름').fill('주거 협의회');
    await form.getByLabel('영어 이름').fill('Housing Council');
    await form.getByLabel('ID', { exact: true }).fill('Mapo-gu');
    await form.getByLabel('다루는 주제').fill('청년과 어르신의 주거 문제');
    await form.getByRole('button', { name: '협의회 만들기' }).click();
    await form.getByText('이미 있는 공간의 ID입니다: 다른 ID를 쓰세요.').waitFor();
    await form.getByLabel('ID', { exact: true }).fill('housing-council');
    await form.getByRole('button', { name: '협의회 만들기' }).click();
    await announced(page, '주거 협의회을(를) 만들었습니다');
    await councils.getByRole('heading', { name: '주거 협의회' }).waitFor();
    await picker(page).selectOption({ label: '주거 협의회' });
    expect(spaceInAddress(page)).toBe('housing-council');
    await page.context().close();
  });
});
