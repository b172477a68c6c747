import { readSigningKey } from '@hyeopchi/audit';
import { DATABASE, Database } from '@hyeopchi/event-infrastructure';
import { AuditLog } from '@hyeopchi/event-store';
import { Role } from '@hyeopchi/identity';
import { eventually, person, testToken } from '@hyeopchi/testing';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { Page } from 'playwright-core';
import { announced, DemoCity, seriousViolations, signInAs, startDemoCity } from './demo-city';

interface TrailEvent {
  eventId: string;
  type: string;
  streamVersion: number;
  globalPosition: number;
}

const SESSION = 'session-session-2026-1';
const PROPOSAL = 'proposal-river-cleanup';
const TRAIL = `query ($streamId: String!) { auditTrail(streamId: $streamId) {
  eventId type streamVersion globalPosition } }`;

/** The auditor's desk on the demo city, in a real Chromium: the event browser, a stream over time, verification. */
describe("the auditor's desk", () => {
  let city: DemoCity;
  let page: Page;
  const tokenOf = (subject: string, roles: Role[]) => testToken(person(subject, roles), city.secret);
  const trailOf = async (streamId: string) =>
    (
      await city.graphql<{ auditTrail: TrailEvent[] }>(
        TRAIL,
        { streamId },
        tokenOf('auditor-lee', ['auditor']),
      )
    ).auditTrail;

  /** The city's public key as it would publish it (PEM), read from the signing key the tests' city uses. */
  let cityPublicKeyPem: string;

  beforeAll(async () => {
    city = await startDemoCity();
    // the tests' checkpointer signs once a day: sign the committee's log now, as the checkpointer would
    const { config } = city;
    const key = await readSigningKey(config.AUDIT_SIGNING_KEY_FILE, config.AUDIT_KEY_NAME);
    cityPublicKeyPem = createPublicKey(key!.privateKey).export({ type: 'spki', format: 'pem' }).toString();
    const log = await AuditLog.open(city.app.get<Database>(DATABASE).pool, 'committee');
    const decision = (await trailOf(SESSION)).find((event) => event.type === 'session.decision_recorded.v1')!;
    await eventually(async () => {
      const signed = await log.checkpoint(`${config.AUDIT_ORIGIN}/committee`, key!, new Date());
      // the last appends are readable, and so signed, once no earlier transaction can still commit
      expect(signed?.lastLeaf.globalPosition ?? 0).toBeGreaterThanOrEqual(decision.globalPosition);
    });
  });
  afterEach(() => page?.context().close());
  afterAll(() => city?.stop());

  async function openAsAuditor(path: string) {
    page = await city.open(path);
    await signInAs(page, 'auditor-lee');
  }

  const decisionVerifyLink = () =>
    page
      .locator('article', { hasText: 'session.decision_recorded.v1' })
      .getByRole('link', { name: /이 이벤트 검증/ });

  it('verifies the sealed decision in the browser: every check passes', async () => {
    await openAsAuditor(`/audit/streams/${SESSION}`);
    await decisionVerifyLink().click();
    await page.getByRole('heading', { level: 1, name: '이벤트 검증' }).waitFor();
    await page.getByRole('status').filter({ hasText: '검증됨: 모든 검사를 통과했습니다.' }).waitFor();
    expect(await page.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([
      '✓ 해시 체인: 통과',
      '✓ 포함 증명: 통과',
      '✓ 체크포인트 서명: 통과',
      '브라우저가 계산한 값',
    ]);
    expect(await page.title()).toMatch(/^session-session-2026-1의 버전 \d+ 검증 – 감사 업무 – 협치$/);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('언어').selectOption('en');
    await page.getByRole('status').filter({ hasText: 'Verified: every check passed.' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('fails, naming the failed checks, when one byte of one event the browser receives was altered', async () => {
    await openAsAuditor(`/audit/streams/${SESSION}`);
    await page.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('AuditVerifyStream')) return route.continue();
      const response = await route.fetch();
      const body = await response.text();
      const altered = body.replace('Residents already organise it', 'Residents already organise iT');
      expect(altered).not.toBe(body);
      await route.fulfill({ response, body: altered });
    });
    await decisionVerifyLink().click();
    await page.getByRole('status').filter({ hasText: '검증 실패: 해시 체인, 포함 증명.' }).waitFor();
    const chain = await page.getByRole('listitem').filter({ hasText: '해시 체인: 실패' }).innerText();
    expect(chain).toMatch(/버전 \d+: 이벤트에서 다시 계산한 해시가 기록된 해시와 다릅니다/);
    expect(await page.getByRole('heading', { name: '체크포인트 서명: 통과' }).count()).toBe(1);
  });

  it("checks the signature with a key the auditor pastes: another key fails it, the city's passes", async () => {
    const decision = (await trailOf(SESSION)).find((event) => event.type === 'session.decision_recorded.v1')!;
    await openAsAuditor(`/audit/verify/${SESSION}/${decision.streamVersion}`);
    await page.getByRole('status').filter({ hasText: '검증됨: 모든 검사를 통과했습니다.' }).waitFor();
    await page.getByText('시가 공개한 키로 검증하기').click();
    const keyField = page.getByRole('textbox', { name: '시의 공개 키 (PEM)' });
    await page.getByRole('button', { name: '이 키로 검증' }).click();
    await page.getByRole('alert').filter({ hasText: '먼저 시의 공개 키를 붙여 넣으세요.' }).waitFor();
    // the keyboard lands on the field to fix
    expect(await page.evaluate("document.activeElement?.getAttribute('name')")).toBe('publicKey');
    expect(await seriousViolations(page)).toEqual([]);

    const otherKey = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' });
    await keyField.fill(otherKey.toString());
    await page.getByRole('button', { name: '이 키로 검증' }).click();
    await page.getByRole('status').filter({ hasText: '검증 실패: 체크포인트 서명.' }).waitFor();
    await page.getByText(/입력한 키\(.+ 이름으로\)로 검증했습니다/).waitFor();

    await keyField.fill(cityPublicKeyPem);
    await page.getByRole('button', { name: '이 키로 검증' }).click();
    await page.getByRole('status').filter({ hasText: '검증됨: 모든 검사를 통과했습니다.' }).waitFor();
    expect(await page.getByRole('heading', { name: '체크포인트 서명: 통과' }).count()).toBe(1);

    // back to the served key: the button goes, and the keyboard stays on the form's own button
    await page.getByRole('button', { name: '이 플랫폼의 키로 다시 검증' }).click();
    await page.getByText(/^이 플랫폼이 공개한 키 .+로 확인했습니다/).waitFor();
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('이 키로 검증');
  });

  it('lists a log with every field, decoded and raw, and its live tail shows an event appended later', async () => {
    await openAsAuditor('/audit?service=civic');
    await page.getByRole('heading', { level: 1, name: '서비스 로그' }).waitFor();
    const drafted = page.locator('article', { hasText: 'proposal.drafted.v1' }).first();
    await drafted.waitFor();
    const fields = await drafted.locator('dt').allInnerTexts();
    expect(fields.slice(0, 10)).toEqual([
      '스트림',
      '스트림 버전',
      '전역 위치',
      '기록 시각 (UTC)',
      '행위자',
      '역할',
      '상관 ID',
      '원인 ID',
      '해시',
      '이전 해시',
    ]);
    await drafted.getByText('원문: 해시가 덮는 내용 레코드').click();
    expect(await drafted.locator('pre').innerText()).toMatch(
      /^\{"data":\{.*"type":"proposal\.drafted\.v1"\}$/,
    );
    expect(await seriousViolations(page)).toEqual([]);
    // hashes and ids wrap: no horizontal scroll at 320 px
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);

    const reply = await city.graphql<{ supportProposal: { visible?: boolean; code?: string } }>(
      `mutation { supportProposal(input: {proposalId: "youth-seats"}) {
        ... on CommandAccepted { visible } ... on CommandRefused { code } } }`,
      {},
      tokenOf('citizen-tail', ['citizen']),
    );
    expect(reply.supportProposal.visible).toBe(true);
    await page
      .locator('article', { hasText: 'citizen-tail' })
      .filter({ hasText: 'proposal.supported.v1' })
      .waitFor({ timeout: 20_000 });
    await announced(page, 'civic 로그에 새 이벤트');
  });

  it('shows a stream as of a position, and what changed between two, in words', async () => {
    const [drafted, submitted] = await trailOf(PROPOSAL);
    await openAsAuditor(`/audit/streams/${PROPOSAL}`);
    await page.getByRole('heading', { level: 2, name: '어느 시점의 스트림' }).waitFor();

    const asOf = page.getByRole('region', { name: '어느 시점의 스트림' });
    await asOf.getByRole('textbox', { name: '전역 위치' }).fill(String(drafted.globalPosition));
    await asOf.getByRole('button', { name: '상태 보기' }).click();
    const status = asOf
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'status', exact: true }) });
    expect(await status.getByRole('cell').innerText()).toBe('draft');
    expect(await asOf.innerText()).toContain('버전 1');

    const diff = page.getByRole('region', { name: '두 시점 사이에 바뀐 것' });
    await diff
      .getByRole('group', { name: '시작 (이전)' })
      .getByRole('textbox')
      .fill(String(drafted.globalPosition));
    await diff
      .getByRole('group', { name: '끝 (이후)' })
      .getByRole('textbox')
      .fill(String(submitted.globalPosition));
    await diff.getByRole('button', { name: '비교' }).click();
    await diff.getByText('변경됨 status: 이전 draft, 지금 submitted').waitFor();
    expect(
      await diff
        .getByRole('listitem')
        .filter({ hasText: /^.?추가됨 / })
        .count(),
    ).toBeGreaterThan(0);

    // a mistyped moment is refused beside its field, saying how to fix it
    await asOf.getByRole('textbox', { name: '전역 위치' }).fill('어제');
    await asOf.getByRole('button', { name: '상태 보기' }).click();
    await asOf.getByRole('alert').filter({ hasText: '0 이상의 정수' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('tells anyone but auditors and admins that the desk is not theirs', async () => {
    page = await city.open('/audit');
    expect(await page.getByRole('alert').innerText()).toBe('이 화면을 보려면 로그인하세요.');
    await signInAs(page, 'citizen-6');
    await page.getByRole('alert').filter({ hasText: '감사인, 관리자 역할만 볼 수 있습니다' }).waitFor();
    expect(await page.locator('article').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
