import { eventually } from '@hyeopchi/testing';
import { Locator, Page } from 'playwright-core';
import { announced, DEMO_NAMES, DemoCity, heardAnnouncements, signInAs, startDemoCity } from './demo-city';

const TITLE = 'Drinking fountains along the Hongje stream';
const SUPPORTERS = ['citizen-6', 'lee-minho', 'park-seoyeon'];
const CHAIR = 'member-han';
const PRESENT = [CHAIR, 'member-yoon', 'member-choi'];
const VOTERS = [CHAIR, 'member-yoon'];
/**
 * How long the platform's process managers may take between two people's steps, polled gently: the gateway
 * refuses a client that asks too often.
 */
const WAIT = [20_000, 500] as const;

/**
 * The main scenario, each step by the person whose step it is, in one browser tab that changes hands
 * through the header's sign-out and sign-in: submit, supports, the department's answer, the committee's decision,
 * the implementation, feedback. The API is only read, to wait where the platform's process managers work between
 * two people's steps (a screen that is not live would otherwise be looked at too early).
 */
describe('the main scenario through the web app, persona by persona', () => {
  let city: DemoCity;
  let page: Page;
  let proposalPath: string;
  const proposalId = () => decodeURIComponent(proposalPath.split('/').pop()!);

  beforeAll(async () => {
    city = await startDemoCity();
    page = await city.open('/');
  });
  afterAll(() => city?.stop());

  /** Hands the tab to `subject`: the one signed in signs out through the header, then `subject` signs in. */
  async function become(subject: string): Promise<void> {
    const signOut = page.getByRole('button', { name: '로그아웃' });
    if (await signOut.count()) {
      await signOut.click();
      await page.getByRole('button', { name: '로그인' }).waitFor();
    }
    await signInAs(page, subject);
    await page.getByText(`${DEMO_NAMES[subject]}(으)로 로그인함`, { exact: true }).waitFor();
  }
  const goToProposal = async () => {
    await page.goto(`${city.origin}${proposalPath}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  };
  /** Follows the header's menu to a desk, as its people do. */
  const menu = async (label: string, heading: RegExp | string) => {
    await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: label }).click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  };
  const statusIs = (target: Page, status: string) =>
    target.getByText(`상태: ${status}`, { exact: true }).waitFor();
  /** What the API says of the proposal, to wait for the platform between two people's steps. */
  const read = <T>(fields: string) =>
    city
      .graphql<{ proposal: T }>(`query ($id: String!) { proposal(id: $id) { ${fields} } }`, {
        id: proposalId(),
      })
      .then((data) => data.proposal);
  const dialogNamed = (name: string) => page.getByRole('dialog', { name });
  // React Aria's radio is a hidden input inside its label: the label's text takes the click
  const choose = (scope: Locator, label: string) => scope.getByText(label, { exact: true }).click();

  it('kim-jiyoung drafts a proposal for the parks department for her organization, and submits it', async () => {
    await become('kim-jiyoung');
    await page.getByRole('link', { name: '제안하기' }).click();
    await page.getByRole('heading', { level: 1, name: '제안하기' }).waitFor();
    await page.getByLabel('제목', { exact: true }).fill(TITLE);
    await page
      .getByLabel('제안 내용과 이유')
      .fill('Drinking water every kilometre for walkers and cyclists.');
    await page
      .getByRole('group', { name: /기본계획 전략/ })
      .getByRole('checkbox')
      .first()
      .check();
    await page.getByRole('group', { name: '답변을 요청할 부서' }).getByLabel('푸른도시여가국').check();
    await page.getByLabel('지역', { exact: true }).selectOption({ label: '마포구' });
    await page.getByLabel('제안 주체').selectOption('mapo-green');
    await page.getByRole('button', { name: '초안 저장' }).click();

    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await statusIs(page, '작성 중');
    await page.locator('main').getByText('마포구', { exact: true }).waitFor();
    proposalPath = new URL(page.url()).pathname;
    await page.getByRole('button', { name: '제안 제출' }).click();
    await dialogNamed('이 제안을 제출할까요?').getByRole('button', { name: '제출' }).click();
    await statusIs(page, '지지 모으는 중');
    await announced(page, '제안을 제출했습니다: 지지 모집이 시작되었습니다.');
    // by her public name and her organization's, not their ids
    // her organization is verified: its chip follows her name
    await page
      .locator('main dd')
      .filter({ hasText: /^김지영 \(Mapo Green Network\) 검증된 단체$/ })
      .waitFor();
  });

  it('three people support it until it reaches the department, and its author hears so live', async () => {
    // the author keeps her proposal open in a browser of her own, and the master plan in another
    const author = await city.open(proposalPath);
    await signInAs(author, 'kim-jiyoung');
    await statusIs(author, '지지 모으는 중');
    const authorElsewhere = await city.open('/plan');
    await signInAs(authorElsewhere, 'kim-jiyoung');

    for (const [index, supporter] of SUPPORTERS.entries()) {
      await become(supporter);
      await goToProposal();
      const button = page.getByRole('button', { name: '이 제안 지지하기' });
      expect(await button.getAttribute('aria-pressed')).toBe('false');
      await button.click();
      await page.getByText('이 제안을 지지하고 있습니다. 다시 누르면 지지를 철회합니다.').waitFor();
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      if (index < SUPPORTERS.length - 1) {
        await page.getByText(`다음 단계까지 지지 ${index + 1} / 3명`).waitFor();
        await announced(page, '지지가 반영되었습니다.');
      }
    }
    // the third support reached the department tier: the next one is the public forum's
    await statusIs(page, '부서 검토 중');
    await page.getByText('다음 단계까지 지지 3 / 50명').waitFor();
    await announced(author, '이 제안의 상태가 바뀌었습니다: 부서 검토 중');
    await statusIs(author, '부서 검토 중');
    // on any other screen she hears it from the notifications; on the proposal's page only once, from the page
    await announced(authorElsewhere, `내가 관계된 제안 “${TITLE}”의 상태: 부서 검토 중`);
    await author.waitForTimeout(1_000); // time for a second announcement to arrive, were there one
    const aboutTheMove = (await heardAnnouncements(author)).filter((text) => text.includes('부서 검토 중'));
    expect(aboutTheMove).toEqual(['이 제안의 상태가 바뀌었습니다: 부서 검토 중']);
    await author.context().close();
    await authorElsewhere.context().close();
  });

  it('officer-parks refers it to the committee from the department desk', async () => {
    await eventually(
      async () => {
        expect(await read<{ reviews: unknown[] }>('reviews { department status }')).toEqual({
          reviews: [{ department: 'parks', status: 'open' }],
        });
      },
      ...WAIT,
    );
    await become('officer-parks');
    await menu('부서 업무', '부서 업무: 푸른도시여가국');
    const review = page
      .locator('.queued-review')
      .filter({ has: page.getByRole('heading', { level: 3, name: TITLE }) });
    await review.getByText('기한 내').waitFor();
    await review.getByRole('button', { name: /^답변하기/ }).click();
    const dialog = dialogNamed(`“${TITLE}”에 답변`);
    await dialog.getByRole('radio', { name: '위원회 회부' }).check();
    await dialog
      .getByLabel('사유')
      .fill('Fountains on the stream need a budget line across three districts.');
    await dialog.getByRole('button', { name: '답변 보내기' }).click();
    await dialog.waitFor({ state: 'detached' });
    await announced(page, `“${TITLE}”에 답변을 보냈습니다.`);
    const answered = page
      .getByRole('region', { name: '답변 완료' })
      .getByRole('listitem')
      .filter({ hasText: TITLE });
    await answered.getByText('위원회 회부', { exact: false }).first().waitFor();

    await goToProposal();
    await statusIs(page, '부서 답변 완료');
    expect(await page.getByRole('region', { name: '부서 검토' }).innerText()).toContain('위원회 회부');
  });

  it('the chair schedules a session, puts the proposal on its agenda, records a quorum, and moves a motion', async () => {
    await eventually(
      async () => {
        const { committeeDocket } = await city.graphql<{ committeeDocket: { proposalId: string }[] }>(
          '{ committeeDocket { proposalId } }',
        );
        expect(committeeDocket.map((entry) => entry.proposalId)).toContain(proposalId());
      },
      ...WAIT,
    );
    await become(CHAIR);
    await menu('위원회', '위원회 회의');
    await page.getByRole('button', { name: '회의 일정 잡기' }).click();
    const schedule = dialogNamed('회의 일정 잡기');
    await schedule.getByLabel('날짜와 시각').fill('2027-03-15T14:00');
    await schedule.getByRole('button', { name: '일정 잡기' }).click();
    await schedule.waitFor({ state: 'detached' });
    await announced(page, '회의 일정을 잡았습니다.');
    const sessionLink = page.locator('a[href="/committee/session-2027-03-15-1400"]');
    const sessionName = await sessionLink.innerText();

    const entry = page
      .getByRole('region', { name: '위원회를 기다리는 제안' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3, name: TITLE }) });
    await entry.getByText('안건 상정 대기').waitFor();
    await entry.getByRole('button', { name: /^안건으로 올리기/ }).click();
    const addItem = dialogNamed(`“${TITLE}”을(를) 안건으로 올리기`);
    await choose(addItem, sessionName);
    await addItem.getByRole('button', { name: '안건으로 올리기' }).click();
    await addItem.waitFor({ state: 'detached' });
    await announced(page, `“${TITLE}”이(가) 안건에 올랐습니다.`);
    await entry.getByText('안건에 올랐거나 의결됨').waitFor();

    await sessionLink.click();
    await page.getByRole('heading', { level: 1, name: sessionName }).waitFor();
    await page.getByText(/^정족수 미달: 필요 3명 중 0명 출석\./).waitFor();
    for (const [index, member] of PRESENT.entries()) {
      await page.getByRole('button', { name: `출석으로 기록 (${DEMO_NAMES[member]})` }).click();
      await announced(page, `${DEMO_NAMES[member]} 출석으로 기록했습니다.`);
      await page.getByText(new RegExp(`^정족수 (미달|충족): 필요 3명 중 ${index + 1}명 출석\\.`)).waitFor();
    }
    await page.getByText('정족수 충족: 필요 3명 중 3명 출석.').waitFor();

    const item = page.getByRole('region', { name: TITLE });
    await item.getByRole('button', { name: /^동의안 발의/ }).click();
    const motion = dialogNamed(`“${TITLE}”에 대한 동의안 발의`);
    await motion.getByLabel('동의안 내용').fill('Adopt: ten fountains by next summer.');
    await motion.getByRole('button', { name: '발의하기' }).click();
    await motion.waitFor({ state: 'detached' });
    await announced(page, `“${TITLE}”에 대한 동의안을 발의했습니다.`);
    await item.getByText('Adopt: ten fountains by next summer.', { exact: true }).waitFor();

    await goToProposal();
    await statusIs(page, '위원회 안건');
  });

  it('the chair and a member vote for the motion; the chair records and seals the adoption with its rationale', async () => {
    const sessionPath = '/committee/session-2027-03-15-1400';
    const item = page.getByRole('region', { name: TITLE });
    for (const [index, voter] of VOTERS.entries()) {
      await become(voter);
      await page.goto(`${city.origin}${sessionPath}`);
      const vote = item.getByRole('button', { name: /^투표/ });
      await vote.click();
      const dialog = dialogNamed('동의안에 투표');
      await choose(dialog, '찬성');
      await dialog.getByRole('button', { name: '투표하기' }).click();
      await dialog.waitFor({ state: 'detached' });
      await announced(page, '투표를 기록했습니다: 찬성.');
      await item.getByText('내 표: 찬성').waitFor();
      await item.getByText(`찬성 ${index + 1} · 반대 0 · 기권 0`).waitFor();
    }

    await become(CHAIR);
    await page.goto(`${city.origin}${sessionPath}`);
    await item.getByRole('button', { name: /^의결 기록/ }).click();
    const dialog = dialogNamed(`“${TITLE}” 의결 기록`);
    await choose(dialog, '채택');
    expect(await dialog.getByRole('radio', { name: /^Adopt: ten fountains/ }).isChecked()).toBe(true);
    await dialog
      .getByRole('textbox', { name: '의결 이유' })
      .fill('Water on hot days; the parks budget has room.');
    await dialog.getByRole('button', { name: '기록하고 봉인' }).click();
    await dialog.waitFor({ state: 'detached' });
    await announced(page, `“${TITLE}” 의결을 기록하고 봉인했습니다.`);
    const decision = item.getByRole('group', { name: '의결' });
    await decision.getByText('🔒 봉인됨').waitFor();
    const text = await decision.innerText();
    expect(text).toContain('의결: 채택');
    expect(text).toContain('찬성 2 · 반대 0 · 기권 0');
    expect(text).toContain('필요 3명 중 3명 출석');
    expect(text).toContain('Water on hot days; the parks budget has room.');
  });

  it('officer-parks plans the implementation with milestones, reports progress, and completes it', async () => {
    await eventually(
      async () => {
        expect(await read('implementation { department status }')).toEqual({
          implementation: { department: 'parks', status: 'requested' },
        });
      },
      ...WAIT,
    );
    await become('officer-parks');
    await menu('부서 업무', '부서 업무: 푸른도시여가국');
    const card = page.locator('.desk-implementation').filter({ hasText: TITLE });
    await card.getByText('요청됨: 아직 계획 전').waitFor();
    await card.getByRole('button', { name: /^실행 단계 계획하기/ }).click();
    const plan = dialogNamed(`“${TITLE}” 실행 계획`);
    await plan.getByLabel('이 단계에 이루어지는 일').fill('Sites chosen with residents');
    await plan.getByLabel('기한').fill('2027-05-31');
    await plan.getByRole('button', { name: '단계 추가' }).click();
    const second = plan.getByRole('group', { name: '2단계' });
    await second.getByLabel('이 단계에 이루어지는 일').fill('Ten fountains running');
    await second.getByLabel('기한').fill('2027-08-31');
    await plan.getByRole('button', { name: '계획 보내기' }).click();
    await plan.waitFor({ state: 'detached' });
    await announced(page, `“${TITLE}” 실행 계획을 보냈습니다.`);
    await card.getByText('진행 중', { exact: true }).first().waitFor();
    expect(await card.locator('.desk-milestones > li').count()).toBe(2);

    await card.getByRole('button', { name: /^진행 보고하기/ }).click();
    const progress = dialogNamed(`“${TITLE}” 진행 보고`);
    await progress.getByLabel('진행률(%)').fill('40');
    await progress.getByLabel('진행 내용').fill('Six sites chosen at two meetings.');
    await progress.getByRole('button', { name: '보고 보내기' }).click();
    await progress.waitFor({ state: 'detached' });
    await announced(page, `“${TITLE}” 진행을 보고했습니다.`);
    await card.getByText(/: 40%\. Six sites chosen at two meetings\.$/).waitFor();

    for (const milestone of ['Sites chosen with residents', 'Ten fountains running']) {
      await card.getByRole('button', { name: new RegExp(`^완료 표시\\W+${milestone}$`) }).click();
      await announced(page, `“${milestone}” 단계를 완료로 표시했습니다.`);
    }
    await card.getByRole('button', { name: /^진행 보고하기/ }).click();
    await progress.getByLabel('진행률(%)').fill('100');
    await progress.getByLabel('진행 내용').fill('All ten fountains running.');
    await progress.getByRole('button', { name: '보고 보내기' }).click();
    await progress.waitFor({ state: 'detached' });
    await card.getByText(/: 100%\. All ten fountains running\.$/).waitFor();
    await card.getByRole('button', { name: /^완료하기/ }).click();
    const complete = dialogNamed(`“${TITLE}” 완료`);
    await complete.getByRole('button', { name: '완료하기' }).click();
    await complete.waitFor({ state: 'detached' });
    await announced(page, `“${TITLE}” 실행을 완료했습니다.`);
  });

  it('kim-jiyoung rates the decision on her proposal', async () => {
    await eventually(
      async () => {
        expect(await read('feedback { target }')).toMatchObject({
          feedback: expect.arrayContaining([{ target: 'decision' }]),
        });
      },
      ...WAIT,
    );
    await become('kim-jiyoung');
    await goToProposal();
    const feedback = page.getByRole('region', { name: '의견' });
    await feedback.getByLabel('대상').selectOption({ label: '위원회 결정' });
    await feedback.getByRole('radio', { name: '5점 중 4점' }).check();
    await feedback.getByLabel('의견 (선택)').fill('Quick and clear; thank you.');
    await feedback.getByRole('button', { name: '의견 보내기' }).click();
    await announced(page, '감사합니다: 의견이 기록되었습니다.');
    await feedback
      .getByText(/^위원회 결정에 대해 초대된 4명 중 1명이 의견을 남겼습니다\. 평균 평점 5점 중 4\.0점\.$/)
      .waitFor();
  });

  it('shows the whole journey on the proposal page, and its status in words', async () => {
    await become('citizen-6');
    await goToProposal();
    await statusIs(page, '실행 완료');
    expect(await page.locator('[aria-current="step"]').innerText()).toMatch(/^실행 완료/);
    const steps = await page
      .getByRole('region', { name: '제안의 전체 여정' })
      .getByRole('listitem')
      .allInnerTexts();
    const journey = [
      /초안 작성\. \(김지영 \(시민단체 관리자\)\)/,
      /제출: 지지 모집 시작\. \(김지영/,
      /부서 답변에 필요한 지지 달성\./,
      /푸른도시여가국에 검토 요청\./,
      /푸른도시여가국 답변: 위원회 회부\. \(오세진 \(부서 담당자\)\)/,
      /부서 답변에 대한 의견 요청\./,
      /위원회 session-2027-03-15-1400 회의 안건으로 상정\. \(한정민 \(위원장\)\)/,
      /위원회 동의안: Adopt: ten fountains by next summer\./,
      /위원회 결정: 채택\. \(한정민 \(위원장\)\)/,
      /푸른도시여가국에 실행 요청\./,
      /푸른도시여가국 실행 계획 수립\. \(오세진/,
      /진척 보고: 40%\. \(오세진/,
      /단계별 목표 완료: Sites chosen with residents/,
      /단계별 목표 완료: Ten fountains running/,
      /진척 보고: 100%\. \(오세진/,
      /실행 완료\. \(오세진/,
    ];
    // each step once, in the order it happened (the platform's own steps may interleave with the people's)
    const found = journey.map((step) => steps.findIndex((text) => step.test(text)));
    expect(journey.filter((_, index) => found[index] < 0)).toEqual([]);
    expect(found).toEqual([...found].sort((a, b) => a - b));
    expect(await page.getByRole('region', { name: '위원회 결정' }).innerText()).toContain(
      '찬성 2, 반대 0, 기권 0 (출석 3명)',
    );
    const bar = page.getByRole('progressbar', { name: '실행 진척도' });
    expect(await bar.getAttribute('aria-valuenow')).toBe('100');
  });
});
