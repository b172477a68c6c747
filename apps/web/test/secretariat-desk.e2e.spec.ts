import { Identity } from '@hyeopchi/identity';
import { eventually, person, testToken } from '@hyeopchi/testing';
import { Page } from 'playwright-core';
import { DemoCity, announced, seriousViolations, signInAs, startDemoCity } from './demo-city';

const SECRETARY: Identity = person('secretary-kang', ['secretariat']);
const TRUST = 'trust';

/**
 * The secretariat's desk on the demo city, in a real Chromium: surveys, threshold policies, the roster, the master
 * plan, organizations' verification.
 */
describe("the secretariat's desk in the web app", () => {
  let city: DemoCity;

  const tokenOf = (identity: Identity) => testToken(identity, city.secret);
  const send = (identity: Identity, mutation: string, input: object) =>
    city.graphql(
      `mutation ($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) {
        ${mutation}(input: $input) { __typename } }`,
      { input },
      tokenOf(identity),
    );
  const submit = async (proposalId: string) => {
    const citizen = person('citizen-6', ['citizen']);
    const draft = {
      proposalId,
      title: `Benches ${proposalId}`,
      body: 'Somewhere to rest.',
      serves: ['strategy-5'],
    };
    await send(citizen, 'draftProposal', { ...draft, departments: ['parks'], district: 'Mapo-gu' });
    await send(citizen, 'submitProposal', { proposalId });
  };
  const policyOf = (proposalId: string) =>
    city.graphql<{ proposal: { policyVersion: number; nextSupportThreshold: number } }>(
      `{ proposal(id: "${proposalId}") { policyVersion nextSupportThreshold } }`,
    );

  beforeAll(async () => {
    city = await startDemoCity();
  });
  afterAll(() => city?.stop());

  /**
   * A page signed in as the secretariat, in English: the demo offers no secretariat persona, so the session is the
   * one the sign-in dialog would keep, with a token the city signs.
   */
  const deskAs = async (path: string): Promise<Page> => {
    const page = await city.open('/');
    const session = { token: tokenOf(SECRETARY), person: { ...SECRETARY }, expiresAt: null };
    await page.evaluate(
      ([stored]) => {
        const storage = (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } })
          .localStorage;
        storage.setItem('hyeopchi.session', stored);
        storage.setItem('hyeopchi.language', 'en');
      },
      [JSON.stringify(session)],
    );
    await page.goto(`${city.origin}${path}`);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    return page;
  };

  it('shows the desk in the menu to the secretariat, and its tasks', async () => {
    const page = await deskAs('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Secretariat' }).click();
    await page.getByRole('heading', { level: 1, name: 'Secretariat' }).waitFor();
    expect(await page.title()).toBe('Secretariat – Hyeopchi');
    expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual([
      'Perception surveys',
      'Support thresholds',
      'Committee roster',
      'Master plan',
      'Organization verification',
      'Departments',
      'Thematic councils',
    ]);
    await page.context().close();
  });

  it('adopts a stricter threshold policy, while a proposal submitted before keeps the one it recorded', async () => {
    await submit('before');
    expect(await policyOf('before')).toEqual({ proposal: { policyVersion: 1, nextSupportThreshold: 3 } });

    const page = await deskAs('/secretariat/thresholds');
    const versions = page.getByRole('region', { name: 'Versions' }).getByRole('listitem');
    await versions.first().getByText('In force').waitFor();
    const form = page.getByRole('region', { name: 'Adopt a new version' });
    expect(await form.getByLabel("Department's answer").inputValue()).toBe('3');
    await form.getByLabel("Department's answer").fill('60');
    await form.getByRole('button', { name: 'Adopt the new version' }).click();
    // the form says what is wrong before the platform is asked
    await form.getByText("A public forum needs more supports than a department's answer.").waitFor();
    await form.getByLabel('Public forum').fill('120');
    await form.getByRole('button', { name: 'Adopt the new version' }).click();
    await announced(page, 'Version 2 is adopted');

    await eventually(async () => expect(await versions.count()).toBe(2));
    const [current, earlier] = [versions.nth(0), versions.nth(1)];
    expect(await current.innerText()).toMatch(
      /Version 2[\s\S]*In force[\s\S]*60 supports[\s\S]*120 supports/,
    );
    expect(await current.innerText()).toMatch(/Proposals held to it\s*0 proposals/);
    expect(await earlier.innerText()).toMatch(/Version 1[\s\S]*Earlier version[\s\S]*3 supports/);
    expect(await earlier.innerText()).not.toMatch(/Proposals held to it\s*0 proposals/);
    expect(await seriousViolations(page)).toEqual([]);

    // the proposal keeps version 1; one submitted now is held to version 2
    expect(await policyOf('before')).toEqual({ proposal: { policyVersion: 1, nextSupportThreshold: 3 } });
    await submit('after');
    expect(await policyOf('after')).toEqual({ proposal: { policyVersion: 2, nextSupportThreshold: 60 } });
    await page.context().close();
  });

  it('opens a second round of a survey; a citizen answers the first on the plan, and the chart changes', async () => {
    const desk = await deskAs('/secretariat/surveys');
    const form = desk.getByRole('region', { name: 'Open a survey' });
    await form.getByLabel('Topic').fill(TRUST);
    await form.getByLabel('Question').fill('A year on: do the partners trust each other more?');
    await form.getByRole('button', { name: 'Open the survey' }).click();
    await announced(desk, `The “${TRUST}” survey is open`);
    const surveys = desk.getByRole('region', { name: 'Surveys and their answers by sector' });
    await eventually(async () => expect(await surveys.getByRole('listitem').count()).toBe(2));
    // the seed's round: two officials at 4, two civil society admins at 2 and 3
    const seeded = surveys.getByRole('listitem').filter({ hasText: 'Do the public and private partners' });
    expect(await seeded.innerText()).toMatch(/Public sector\s*mean 4\.00, 2 answered/);
    expect(await seeded.innerText()).toMatch(/Private sector\s*mean 2\.50, 2 answered/);
    expect(await seriousViolations(desk)).toEqual([]);

    const plan = await city.open('/plan');
    await signInAs(plan, 'citizen-6');
    const table = plan.getByRole('table');
    const round = (n: number) => table.getByRole('row', { name: new RegExp(`^${TRUST} \\(${n}차\\)`) });
    expect(await round(1).innerText()).toMatch(/4\.00\s+2\.50\s+-1\.50\s+공공 2명, 민간 2명/);
    const answers = plan.getByRole('region', { name: '인식 조사에 답하기' });
    const first = answers
      .getByRole('listitem')
      .filter({ has: plan.getByRole('heading', { name: `${TRUST} (1차)` }) });
    expect(await first.innerText()).toContain('내 답은 민간 부문으로 셉니다');
    await first.getByRole('button', { name: /^답하기/ }).click();
    await first.getByText('1점에서 5점 중 하나를 고르세요.').waitFor();
    await first.locator('label', { hasText: '5 – 매우 그렇다' }).click();
    await first.getByRole('button', { name: /^답하기/ }).click();
    await announced(plan, `‘${TRUST} (1차)’ 조사에 답했습니다`);
    await eventually(async () =>
      expect(await round(1).innerText()).toMatch(/4\.00\s+3\.33\s+-0\.67\s+공공 2명, 민간 3명/),
    );
    expect(await seriousViolations(plan)).toEqual([]);

    // closed, the second round takes no more answers
    await surveys
      .getByRole('listitem')
      .filter({ hasText: 'A year on' })
      .getByRole('button', { name: /^Close the survey/ })
      .click();
    await announced(desk, `The “${TRUST}” survey is closed`);
    await plan.reload();
    await round(1).waitFor();
    expect(await answers.getByRole('listitem').count()).toBe(1);
    await desk.context().close();
    await plan.context().close();
  });

  it('appoints a member, designates the co-chairs and says in words why a co-chair cannot be removed', async () => {
    const page = await deskAs('/secretariat/roster');
    const members = page.getByRole('region', { name: /members$/ }).getByRole('listitem');
    await members.first().waitFor();
    const before = await members.count();
    const appoint = page.getByRole('region', { name: 'Appoint a member' });
    await appoint.getByLabel('Name').fill('Choi Minji');
    await appoint.getByLabel('Account id').fill('choi-minji');
    await appoint.locator('label', { hasText: 'Private' }).click();
    await appoint.getByRole('button', { name: 'Appoint' }).click();
    await announced(page, 'Choi Minji is now on the committee.');
    await eventually(async () => expect(await members.count()).toBe(before + 1));

    const coChairs = page.getByRole('region', { name: 'Designate the co-chairs' });
    await coChairs.getByLabel('Private co-chair').selectOption({ label: 'Choi Minji' });
    await coChairs.getByRole('button', { name: 'Designate the co-chairs' }).click();
    await announced(page, '(private) are the co-chairs.');
    const choi = members.filter({ has: page.getByRole('heading', { name: 'Choi Minji' }) });
    await choi.getByText('Co-chair').waitFor();

    await choi.getByRole('button', { name: /^Remove/ }).click();
    await choi.getByText('A co-chair cannot be removed: designate another co-chair first.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('registers a department and lists an officer; the draft form offers it by name', async () => {
    const page = await deskAs('/secretariat/departments');
    const directory = page
      .getByRole('region', { name: /departments in the directory$/ })
      .getByRole('listitem');
    await directory.filter({ hasText: 'Green City and Leisure Bureau' }).waitFor();
    const register = page.getByRole('region', { name: 'Register a department' });
    await register.getByRole('button', { name: 'Register the department' }).click();
    await register.getByText('Enter the Korean name.').waitFor();
    await register.getByLabel('Korean name').fill('주택실');
    await register.getByLabel('English name').fill('Housing Office');
    await register.getByLabel('Department id').fill('housing');
    await register.getByLabel('Space it serves').selectOption({ label: 'Mapo-gu' });
    await register.getByRole('button', { name: 'Register the department' }).click();
    await announced(page, '주택실 is in the directory: proposals can ask it now.');
    const housing = directory.filter({ has: page.getByRole('heading', { name: 'Housing Office' }) });
    await housing.getByText('Serves: Mapo-gu').waitFor();
    await housing.getByText('No officer listed yet.').waitFor();

    const assign = page.getByRole('region', { name: 'List an officer' });
    await assign.getByLabel('Department', { exact: true }).selectOption({ label: 'Housing Office' });
    await assign.getByLabel("Officer's account id").fill('officer-parks');
    await assign.getByRole('button', { name: 'List the officer' }).click();
    await announced(page, 'The officer is listed for Housing Office.');
    await housing.getByText('Officers: 오세진').waitFor();

    await register.getByLabel('Korean name').fill('주택실');
    await register.getByLabel('English name').fill('Housing Office');
    await register.getByLabel('Department id').fill('housing');
    await register.getByRole('button', { name: 'Register the department' }).click();
    await register.getByText('A department with that id is registered already: choose another id.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('adopts a new master plan from the one in force, which stays on record; the plan screen shows the new one', async () => {
    const page = await deskAs('/secretariat/plan');
    const form = page.getByRole('region', { name: 'Adopt a new version' });
    await form.getByLabel('Title').fill('Second Master Plan for Collaborative Governance');
    await form.getByLabel('First day').fill('2028-01-01');
    await form.getByLabel('Last day').fill('2027-12-31');
    await form.getByRole('button', { name: 'Adopt the new version' }).click();
    await form.getByText('The last day comes after the first.').waitFor();
    await form.getByLabel('Last day').fill('2029-12-31');
    await form.getByLabel('Strategy 1', { exact: true }).fill('Trust between the city and its citizens');
    await form.getByRole('button', { name: 'Adopt the new version' }).click();
    await announced(page, 'is adopted: it is the master plan in force now.');

    const versions = page.getByRole('region', { name: 'Versions' }).getByRole('listitem');
    await eventually(async () => expect(await versions.count()).toBe(2));
    expect(await versions.nth(0).innerText()).toMatch(/^Second Master Plan[\s\S]*In force/);
    // the period in the reader's language, not as the date fields took it
    expect(await versions.nth(0).innerText()).toContain('Jan 1, 2028 – Dec 31, 2029');
    expect(await versions.nth(1).innerText()).toMatch(/Earlier version/);
    // the strategies, their policies and the pending issues came along
    const contents = /\d+ strategies, \d+ policies, \d+ pending issues/;
    const earlier = contents.exec(await versions.nth(1).innerText())?.[0];
    expect(earlier).toMatch(/^7 strategies/);
    expect(contents.exec(await versions.nth(0).innerText())?.[0]).toBe(earlier);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('navigation').getByRole('link', { name: 'Master plan' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Second Master Plan for Collaborative Governance' })
      .waitFor();
    await page.getByRole('heading', { name: /Trust between the city and its citizens/ }).waitFor();
    await page.context().close();
  });
  it('verifies an organization awaiting it, saying what was checked, and revokes a verification with a reason', async () => {
    const page = await deskAs('/secretariat/organizations');
    const awaiting = page.getByRole('region', { name: /^Awaiting verification/ });
    const verified = page.getByRole('region', { name: /^Verified/ });
    // the demo's secretariat verified Mapo Green Network; Seongbuk Youth Forum awaits
    await verified.getByRole('heading', { name: 'Mapo Green Network' }).waitFor();
    expect(await verified.innerText()).toContain('Verified by 정하늘 on');
    const seongbuk = awaiting.getByRole('listitem').filter({ hasText: 'Seongbuk Youth Forum' });
    expect(await seongbuk.innerText()).toContain('Not verified yet');

    await seongbuk.getByRole('button', { name: /^Verify/ }).click();
    await seongbuk.getByText('Say what you checked.').waitFor();
    await seongbuk.getByLabel('What you checked').fill('Its registration as a non-profit, No. 2025-031.');
    await seongbuk.getByRole('button', { name: /^Verify/ }).click();
    await announced(page, 'Seongbuk Youth Forum is verified.');
    const nowVerified = verified.getByRole('listitem').filter({ hasText: 'Seongbuk Youth Forum' });
    await nowVerified.getByText('Checked: Its registration as a non-profit, No. 2025-031.').waitFor();

    await nowVerified.getByRole('button', { name: /^Revoke the verification/ }).click();
    await nowVerified.getByText('Say why the verification is revoked.').waitFor();
    await nowVerified.getByLabel('Why the verification is revoked').fill('Its registration lapsed in 2026.');
    await nowVerified.getByRole('button', { name: /^Revoke the verification/ }).click();
    await announced(page, 'The verification of Seongbuk Youth Forum is revoked.');
    await awaiting
      .getByRole('listitem')
      .filter({ hasText: 'Seongbuk Youth Forum' })
      .getByText(/Its verification was revoked on .*: Its registration lapsed in 2026\./)
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('defines an indicator under a policy, records a measurement, and the public plan shows the progress', async () => {
    const thisYear = new Date().getUTCFullYear();
    const page = await deskAs('/secretariat/plan');
    const define = page.getByRole('region', { name: 'Define an indicator' });
    await define
      .getByLabel('Detailed policy')
      .selectOption({ label: 'A public-private governance council in every autonomous district' });
    await define.getByLabel('Name in Korean').fill('주민자치회 참여 주민 수');
    await define.getByLabel('Name in English').fill('Residents in neighbourhood councils');
    await define.getByLabel('Unit', { exact: true }).fill('명');
    await define.getByLabel('Baseline value').fill('2000');
    await define.getByLabel('Baseline year').fill(String(thisYear - 1));
    await define.getByLabel('Target value').fill('1000');
    await define.getByLabel('Target year').fill(String(thisYear + 4));
    await define.getByRole('button', { name: 'Define the indicator' }).click();
    await define.getByText('The target is above the baseline: higher is better.').waitFor();
    await define.getByLabel('Target value').fill('4000');
    await define.getByRole('button', { name: 'Define the indicator' }).click();
    await announced(page, 'The indicator “Residents in neighbourhood councils” is defined.');

    const record = page.getByRole('region', { name: 'Record a measurement' });
    const indicator = record.getByLabel('Indicator');
    await eventually(async () =>
      expect(await indicator.locator('option').allInnerTexts()).toContain(
        `Residents in neighbourhood councils (${thisYear - 1}–${thisYear + 4})`,
      ),
    );
    await indicator.selectOption({
      label: `Residents in neighbourhood councils (${thisYear - 1}–${thisYear + 4})`,
    });
    await record.getByLabel('Year').fill(String(thisYear + 1));
    await record.getByLabel('Value').fill('3000');
    await record.getByRole('button', { name: 'Record the measurement' }).click();
    await record.getByText('That year has not begun: record it once it has.').waitFor();
    await record.getByLabel('Year').fill(String(thisYear));
    await record.getByRole('button', { name: 'Record the measurement' }).click();
    await announced(page, `The ${thisYear} value of “Residents in neighbourhood councils” is recorded.`);
    expect(await seriousViolations(page)).toEqual([]);

    // half the way from 2,000 to 4,000 in a fifth of the time: on track, in Korean on the public page
    const plan = await city.open('/plan');
    // the innermost of the items that hold it: the indicator's own, within its policy's, within its strategy's
    const measured = plan.getByRole('listitem').filter({ hasText: '주민자치회 참여 주민 수' }).last();
    expect(await measured.innerText()).toContain(
      `기준 2,000 명 (${thisYear - 1}년) → 최근 3,000 명 (${thisYear}년) → 목표 4,000 명 (${thisYear + 4}년)`,
    );
    const bar = measured.getByRole('progressbar', {
      name: '‘주민자치회 참여 주민 수’의 기준에서 목표까지 진척도',
    });
    expect(await bar.getAttribute('value')).toBe('50');
    expect(await measured.innerText()).toMatch(/기준에서 목표까지 50% 왔습니다\.\s*순조로움/);
    expect(await seriousViolations(plan)).toEqual([]);
    await page.context().close();
    await plan.context().close();
  });
});
