import { Identity } from '@hyeopchi/identity';
import { implementationIdFor } from '@hyeopchi/department/contract';
import { eventually, person, testToken } from '@hyeopchi/testing';
import { Locator, Page } from 'playwright-core';
import { announced, DemoCity, seriousViolations, signInAs, startDemoCity } from './demo-city';

/** What the page's scripts see as focused, without the DOM's types in this project. */
const isFocused = (target: Locator) =>
  target.evaluate(
    (element) =>
      element === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement,
  );

/** Presses Tab until `target` has the focus: the keyboard alone gets there. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    if (await isFocused(target)) return;
  }
  throw new Error(`${String(target)} not reached within 80 presses of Tab`);
}

const BENCHES = { id: 'accessible-benches', title: 'Accessible benches along the river' };
const SHADE = 'Shade canopies in three parks';

/** The department desk on the demo city, in a real Chromium, as the officers of parks and climate. */
describe('the department desk in the web app', () => {
  let city: DemoCity;

  const tokenOf = (subject: string, roles: Identity['roles']) =>
    testToken(person(subject, roles), city.secret);
  const send = (subject: string, mutation: string, input: object) =>
    city.graphql(
      `mutation ($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) {
        ${mutation}(input: $input) { __typename } }`,
      { input },
      tokenOf(subject, ['citizen']),
    );

  beforeAll(async () => {
    city = await startDemoCity();
    // a day after the demo's shade canopies, a second review for parks: due a day later, though its title and
    // id sort first
    city.clock.advanceDays(1);
    await send('citizen-6', 'draftProposal', {
      proposalId: BENCHES.id,
      title: BENCHES.title,
      body: 'Benches with armrests every 200 metres.',
      serves: ['strategy-5'],
      departments: ['parks'],
      district: 'Mapo-gu',
    });
    await send('citizen-6', 'submitProposal', { proposalId: BENCHES.id });
    for (const supporter of ['citizen-1', 'citizen-2', 'citizen-3']) {
      await send(supporter, 'supportProposal', { proposalId: BENCHES.id });
    }
    await eventually(async () => {
      const { proposal } = await city.graphql<{ proposal: { status: string } }>(
        `{ proposal(id: "${BENCHES.id}") { status } }`,
      );
      expect(proposal.status).toBe('under_review');
    }, 20_000);
  });
  afterAll(() => city?.stop());

  /** The desk in English, signed in as `subject`. */
  const deskAs = async (subject: string): Promise<Page> => {
    const page = await city.open('/department');
    await page.getByLabel('언어').selectOption('en');
    await signInAs(page, subject);
    await page.getByRole('heading', { name: /^Answer queue/ }).waitFor();
    return page;
  };
  const queue = (page: Page) => page.getByRole('region', { name: /^Answer queue/ }).getByRole('listitem');
  const queuedReview = (page: Page, title: string) =>
    page
      .getByRole('region', { name: /^Answer queue/ })
      .locator('.queued-review')
      .filter({ has: page.getByRole('heading', { name: title }) });

  it('tells someone signed out to sign in, and someone who is no officer that the desk is not theirs', async () => {
    const page = await city.open('/department');
    expect(await page.getByRole('alert').innerText()).toBe('이 화면을 보려면 로그인하세요.');
    await signInAs(page, 'citizen-6');
    expect(await page.getByRole('alert').innerText()).toMatch(
      /^이 화면은 .*부서 담당자.* 역할만 볼 수 있습니다/,
    );
    expect(await page.getByRole('button', { name: /^답변하기/ }).count()).toBe(0);
    await page.context().close();
  });

  it("shows parks' reviews soonest due first, with days elapsed against days allowed and the interim answers", async () => {
    const page = await deskAs('officer-parks');
    expect(await page.title()).toBe('Green City and Leisure Bureau – Department desk – Hyeopchi');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Department desk: Green City and Leisure Bureau',
    );
    const headings = await queue(page).getByRole('heading', { level: 3 }).allInnerTexts();
    expect(headings).toEqual([SHADE, BENCHES.title]);
    const shade = queuedReview(page, SHADE);
    expect(await shade.innerText()).toMatch(/Day 1 of (28|29|30|31)/);
    expect(await shade.innerText()).toContain('On time');
    // who gave it, by their public name
    expect(await shade.innerText()).toContain(', 오세진: A site survey of the three parks is under way.');
    expect(await queuedReview(page, BENCHES.title).innerText()).toMatch(/Day 0 of/);
    await page.context().close();
  });

  it("flags a review overdue in words once the platform's clock passes its due date", async () => {
    city.clock.advanceDays(31);
    const page = await deskAs('officer-parks');
    const shade = queuedReview(page, SHADE);
    await shade.getByText('Overdue: the due date has passed').waitFor();
    expect(await shade.innerText()).toMatch(/Day 32 of (28|29|30|31)/);
    expect(await shade.innerText()).not.toContain('On time');
    await page.context().close();
  });

  it('answers a review by keyboard alone, after the form said what was missing; the proposal is answered', async () => {
    const page = await deskAs('officer-parks');
    const benches = queuedReview(page, BENCHES.title);
    await tabTo(page, benches.getByRole('button', { name: /^Answer/ }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Answer “${BENCHES.title}”` });
    await tabTo(page, dialog.getByRole('button', { name: 'Send the answer' }));
    await page.keyboard.press('Enter');

    await dialog.getByText('Choose one of the outcomes.').waitFor();
    expect(await dialog.getByRole('alert').allInnerTexts()).toEqual([
      'Choose one of the outcomes.',
      'Write the reasons of the answer.',
    ]);
    const accepted = dialog.getByRole('radio', { name: 'Accepted', exact: true });
    expect(await isFocused(accepted)).toBe(true);
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Benches fit this year’s park budget.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('12,000,000');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await dialog.waitFor({ state: 'detached' });
    await announced(page, `Answer sent for “${BENCHES.title}”.`);
    const answered = page
      .getByRole('region', { name: 'Answered' })
      .getByRole('listitem')
      .filter({ hasText: BENCHES.title });
    await answered.getByText(/^Accepted on /).waitFor();
    await answered.getByText('The proposal now: Answered by the department').waitFor();
    expect(await queue(page).getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([SHADE]);

    await answered.getByRole('link', { name: BENCHES.title }).click();
    await page.getByRole('heading', { level: 1, name: BENCHES.title }).waitFor();
    await page.getByText('Status: Answered by the department').waitFor();
    await page.context().close();
  });

  it('gives an interim answer that then shows on the review', async () => {
    const page = await deskAs('officer-parks');
    const shade = queuedReview(page, SHADE);
    await shade.getByRole('button', { name: /^Give an interim answer/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Interim answer').fill('Two of the three parks are surveyed.');
    await dialog.getByRole('button', { name: 'Send the interim answer' }).click();
    await shade.getByText(/, 오세진: Two of the three parks are surveyed\.$/).waitFor();
    await page.context().close();
  });

  it('shows a refused command in words: completing an implementation with a milestone open', async () => {
    const page = await deskAs('officer-climate');
    const river = page.locator('.desk-implementation', { hasText: 'Monthly Hongje stream clean-up' });
    await river.getByRole('button', { name: /^Complete/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Complete it' }).click();
    expect(await dialog.getByRole('alert').innerText()).toBe(
      'Some milestones are still open: mark every milestone done before completing.',
    );
    await page.context().close();
  });

  it('plans an implementation with milestones, then reports progress and marks a milestone done', async () => {
    // the committee's adoption is another screen's: here the platform asks parks directly, as its process would
    const implementationId = implementationIdFor('decision-benches');
    const reply = await city.sender.send('department', {
      type: 'RequestImplementation',
      data: { implementationId, proposalId: BENCHES.id, department: 'parks', decisionId: 'decision-benches' },
      actor: 'system:test',
      role: 'system',
    });
    expect(reply.ok).toBe(true);
    const page = await deskAs('officer-parks');
    const card = page.locator('.desk-implementation', { hasText: BENCHES.title });
    await card.getByText('Requested: not planned yet').waitFor();

    await card.getByRole('button', { name: /^Plan the milestones/ }).click();
    const plan = page.getByRole('dialog');
    await plan.getByRole('button', { name: 'Send the plan' }).click();
    await plan.getByText('Say what is done when this milestone is reached.').waitFor();
    await plan.getByLabel('What is done when it is reached').fill('Sites chosen with residents');
    await plan.getByLabel('Due date').fill('2027-03-31');
    await plan.getByRole('button', { name: 'Add a milestone' }).click();
    const second = plan.getByRole('group', { name: 'Milestone 2' });
    await second.getByLabel('What is done when it is reached').fill('Benches installed');
    await second.getByLabel('Due date').fill('2027-06-30');
    await plan.getByRole('button', { name: 'Send the plan' }).click();
    await plan.waitFor({ state: 'detached' });
    await card.getByText('In progress').waitFor();
    const milestones = card.locator('.desk-milestones > li');
    expect(await milestones.allInnerTexts()).toEqual([
      expect.stringMatching(/^Sites chosen with residents\s+due Mar 31, 2027\s+open/),
      expect.stringMatching(/^Benches installed\s+due Jun 30, 2027\s+open/),
    ]);

    await card.getByRole('button', { name: /^Report progress/ }).click();
    const progress = page.getByRole('dialog');
    await progress.getByLabel('Percent done').fill('30');
    await progress.getByLabel('What happened').fill('Six sites chosen at two meetings.');
    await progress.getByRole('button', { name: 'Send the report' }).click();
    await progress.waitFor({ state: 'detached' });
    await card.getByText(/: 30%\. Six sites chosen at two meetings\.$/).waitFor();
    const bar = card.getByRole('progressbar', { name: `Progress of “${BENCHES.title}”` });
    expect(await bar.getAttribute('value')).toBe('30');

    // the title completes the button's name in a visually hidden box, which the name sets apart with spaces
    await card.getByRole('button', { name: /^Mark done\W+Sites chosen with residents$/ }).click();
    await milestones
      .first()
      .getByText(/^done /)
      .waitFor();
    expect(await milestones.last().innerText()).toContain('open');
    await page.context().close();
  });

  it("has no serious or critical WCAG 2.2 AA violation in Korean and English, also with the answer form's problems", async () => {
    for (const language of ['ko', 'en']) {
      const page = await city.open('/department');
      if (language === 'en') await page.getByLabel('언어').selectOption('en');
      await signInAs(page, 'officer-parks');
      await page.locator('.queued-review').first().waitFor();
      expect({ language, violations: await seriousViolations(page) }).toEqual({ language, violations: [] });
      await page.locator('.queued-review').first().getByRole('button').first().click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('button[type="submit"]').click();
      await dialog.getByRole('alert').first().waitFor();
      expect({ language, violations: await seriousViolations(page) }).toEqual({ language, violations: [] });
      expect(await page.locator('body').innerText()).not.toMatch(/department\.|proposals\./);
      await page.context().close();
    }
  });
});
