import { Page } from 'playwright-core';
import {
  announced,
  DemoCity,
  seriousViolations as seriousViolationsOf,
  signInAs,
  startDemoCity,
} from './demo-city';

interface GapFigures {
  topic: string;
  publicMean: number | null;
  privateMean: number | null;
  gap: number | null;
}

interface ProposalFigures {
  title: string;
  supports: number;
  nextSupportThreshold: number;
}

/** The web app as the gateway serves it, on the demo city, in a real Chromium. */
describe('the web app', () => {
  let city: DemoCity;
  let page: Page;
  let origin: string;

  beforeAll(async () => {
    city = await startDemoCity();
    origin = city.origin;
  });
  beforeEach(async () => {
    page = await city.open('/');
  });
  afterEach(() => page?.context().close());
  afterAll(() => city?.stop());

  const seriousViolations = () => seriousViolationsOf(page);

  it('lists the proposals in Korean by default, each status in words, with no raw translation key', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    expect(await page.title()).toContain('협치');
    await page.getByRole('heading', { name: 'Shade canopies in three parks' }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain('제안 목록');
    expect(text).toContain('실행 중');
    expect(text).not.toMatch(/proposals\.|app\./);
  });

  it('switches to English without a reload: <html lang> and every visible string follow', async () => {
    await page.evaluate(() => ((globalThis as unknown as { unreloaded: boolean }).unreloaded = true));
    await page.getByLabel('언어').selectOption('en');

    await page.getByRole('heading', { name: 'Proposals', level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.evaluate(() => (globalThis as unknown as { unreloaded?: boolean }).unreloaded)).toBe(
      true,
    );
    const text = await page.locator('body').innerText();
    expect(text).toContain('Being implemented');
    // the language picker names Korean in Korean, and proposals drafted in Korean keep their titles; nothing else
    // is left untranslated
    const titles = await page.locator('main .cards h2').allInnerTexts();
    const chrome = titles.reduce((rest, title) => rest.replace(title, ''), text.replace('한국어', ''));
    expect(chrome).not.toMatch(/[가-힣]/);
    expect(text).not.toMatch(/proposals\.|app\./);
  });

  it('names each support bar and shows the API value in it', async () => {
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ proposal(id: "youth-seats") { title supports nextSupportThreshold } }',
      }),
    });
    const { proposal } = ((await response.json()) as { data: { proposal: ProposalFigures } }).data;
    const bar = page.getByRole('progressbar', { name: `${proposal.title}: 다음 단계까지의 지지` });
    expect(await bar.getAttribute('value')).toBe(String(proposal.supports));
    expect(await bar.getAttribute('max')).toBe(String(proposal.nextSupportThreshold));
  });

  it('has no serious or critical WCAG 2.2 AA violation, in Korean and in English', async () => {
    expect(await seriousViolations()).toEqual([]);
    await page.getByLabel('언어').selectOption('en');
    await page.getByRole('heading', { name: 'Proposals', level: 1 }).waitFor();
    expect(await seriousViolations()).toEqual([]);
  });

  it('filters only on Apply, keeps the filter in the address, and says how many match', async () => {
    await page.getByLabel('상태').selectOption('implementing');
    expect(await page.getByRole('listitem').count()).toBeGreaterThan(1);

    await page.getByRole('button', { name: '적용' }).click();
    await page.getByRole('status').filter({ hasText: '조건에 맞는 제안 1건' }).waitFor();
    expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual([
      'Monthly Hongje stream clean-up with residents',
    ]);
    expect(new URL(page.url()).searchParams.get('status')).toBe('implementing');

    await page.reload();
    await page.getByRole('status').filter({ hasText: '조건에 맞는 제안 1건' }).waitFor();
    expect(await page.getByLabel('상태').inputValue()).toBe('implementing');
  });

  it('at 320 px wide: no horizontal scroll, the filters keep their Apply, every target at least 24 × 24 px', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.getByRole('button', { name: '적용' }).waitFor();
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const targets = page.locator('main button, main select, main input, main a, header select');
    const small: string[] = [];
    for (const target of await targets.all()) {
      const box = await target.boundingBox();
      if (box && (box.width < 24 || box.height < 24))
        small.push(`${await target.evaluate((e) => (e as { outerHTML: string }).outerHTML.slice(0, 60))}`);
    }
    expect(small).toEqual([]);
    expect(await seriousViolations()).toEqual([]);
  });

  it('opens a proposal in place: its stage tracker marks the current stage, a review counts its days', async () => {
    await page.getByRole('link', { name: 'Shade canopies in three parks' }).click();

    await page.getByRole('heading', { level: 1, name: 'Shade canopies in three parks' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/proposals/shade-canopies');
    expect(await page.title()).toBe('Shade canopies in three parks – 협치');
    const current = page.getByRole('navigation', { name: '진행 단계' }).locator('[aria-current="step"]');
    expect(await current.innerText()).toContain('부서 검토 중');
    const reviews = await page.getByRole('region', { name: '부서 검토' }).innerText();
    expect(reviews).toMatch(/검토 0일째 \(기한 \d+일, .+까지\)/);
    expect(reviews).not.toContain('기한 초과');
    expect(await seriousViolations()).toEqual([]);

    await page.getByRole('link', { name: '제안 목록으로' }).click();
    await page.getByRole('heading', { level: 1, name: '제안 목록' }).waitFor();
    expect(await page.title()).toBe('제안 목록 – 협치');
  });

  it('works under its Content-Security-Policy: nothing blocked, its live connection open', async () => {
    await page.context().addInitScript({
      content: `window.blocked = [];
        document.addEventListener('securitypolicyviolation', (event) =>
          window.blocked.push(event.violatedDirective + ' ' + event.blockedURI));`,
    });
    const live = page.waitForEvent('websocket');
    const response = await page.reload();
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('link', { name: 'Shade canopies in three parks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Shade canopies in three parks' }).waitFor();
    expect((await live).url()).toBe(`${origin.replace('http', 'ws')}/graphql`);
    // a modal dialog: React Aria adds its <style> elements, under the page's nonce
    await page.getByRole('button', { name: '로그인' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await page.evaluate<string[]>('window.blocked')).toEqual([]);
  });

  it("shows the master plan, and the perception-gap chart's table holds the API's figures", async () => {
    await page.getByRole('link', { name: '기본계획' }).click();
    await page.getByRole('heading', { level: 2, name: '인식 차이' }).waitFor();
    expect(await page.title()).toBe('기본계획 – 협치');
    expect(await page.getByRole('img', { name: '주제별 공공·민간 인식 평균' }).count()).toBe(1);

    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ perceptionGaps { topic publicMean privateMean gap } }' }),
    });
    const { perceptionGaps } = ((await response.json()) as { data: { perceptionGaps: GapFigures[] } }).data;
    expect(perceptionGaps.length).toBeGreaterThan(0);
    const rows = await page.getByRole('table').locator('tbody tr').all();
    const shown = await Promise.all(
      rows.map(async (row) => (await row.locator('th, td').allInnerTexts()).slice(0, 4)),
    );
    const figure = (value: number | null) => (value === null ? '–' : value.toFixed(2));
    expect(shown).toEqual(
      perceptionGaps.map((gap) => [
        gap.topic,
        figure(gap.publicMean),
        figure(gap.privateMean),
        figure(gap.gap),
      ]),
    );
    expect(await seriousViolations()).toEqual([]);
  });

  it('leaves GraphQL, the health check and the metrics to the gateway, and loads its own routes directly', async () => {
    const health = await fetch(`${origin}/health`);
    expect(health.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const metrics = await fetch(`${origin}/metrics`);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await metrics.text()).toContain('# TYPE hyeopchi_commands_total counter');
    const sandbox = await fetch(`${origin}/graphql`, { headers: { accept: 'text/html' } });
    expect(await sandbox.text()).not.toContain('<div id="root">');
    const deepLink = await fetch(`${origin}/proposals/shade-canopies`);
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toContain('<div id="root">');
  });

  it('signs in as a persona from a dialog that returns focus, then shows that persona its desk, and signs out', async () => {
    const trigger = page.getByRole('button', { name: '로그인' });
    await trigger.click();
    const dialog = page.getByRole('dialog', { name: '로그인' });
    await dialog.getByRole('radio').first().waitFor();
    expect(await seriousViolations()).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await trigger.evaluate((button) => button.matches(':focus'))).toBe(true);

    await trigger.click();
    await dialog.getByRole('button', { name: '로그인' }).click();
    await dialog.getByRole('alert').filter({ hasText: '인물을 하나 고르세요' }).waitFor();
    await dialog.locator('label', { hasText: /^오세진 / }).click();
    await dialog.getByRole('button', { name: '로그인' }).click();
    // the header says who, then on a line of its own what they do here
    await page.getByText('오세진(으)로 로그인함', { exact: true }).waitFor();
    await page.getByText('부서 담당자 푸른도시여가국 소속', { exact: true }).waitFor();
    await announced(page, '오세진');
    const menu = page.getByRole('navigation', { name: '주 메뉴' });
    expect(await menu.getByRole('link').allInnerTexts()).toEqual(['제안', '기본계획', '부서 업무']);

    await page.reload();
    await page.getByRole('button', { name: '로그아웃' }).click();
    await page.getByRole('button', { name: '로그인' }).waitFor();
    expect(await menu.getByRole('link').allInnerTexts()).toEqual(['제안', '기본계획']);
  });

  it('lets a citizen who chose no public name choose one from the header, and shows it at once', async () => {
    await signInAs(page, 'citizen-6');
    // no name yet: the header says what she is, never her account id
    await page.getByText('시민(으)로 로그인함', { exact: true }).waitFor();
    const trigger = page.getByRole('button', { name: '공개 이름' });
    await trigger.click();
    const dialog = page.getByRole('dialog', { name: '공개 이름 정하기' });
    await dialog.getByText('아직 공개 이름이 없습니다.').waitFor();
    await dialog.getByRole('button', { name: '저장' }).click();
    await dialog.getByRole('alert').filter({ hasText: '공개 이름을 입력하세요.' }).waitFor();
    expect(await seriousViolations()).toEqual([]);
    await dialog.getByRole('textbox', { name: '공개 이름' }).fill(' 정다은 ');
    await dialog.getByRole('button', { name: '저장' }).click();
    await dialog.waitFor({ state: 'detached' });
    await announced(page, '공개 이름을 정다은(으)로 정했습니다.');
    await page.getByText('정다은(으)로 로그인함', { exact: true }).waitFor();
    expect(await trigger.evaluate((button) => button.matches(':focus'))).toBe(true);
  });
});
