import { DemoCity, announced, seriousViolations, signInAs, startDemoCity } from './demo-city';

const RIVER = { id: 'river-cleanup', title: 'Monthly Hongje stream clean-up with residents' };
const AMENDED = 'Twice-monthly Hongje stream clean-up with residents';

/** Amending a proposal after a department's answer, on its page, as its author. */
describe('amending a proposal in the web app', () => {
  let city: DemoCity;
  beforeAll(async () => {
    city = await startDemoCity();
  });
  afterAll(() => city?.stop());

  it('is offered to the author of an answered proposal, not to others', async () => {
    const page = await city.open(`/proposals/${RIVER.id}`);
    await signInAs(page, 'citizen-6');
    await page.getByRole('heading', { level: 1, name: RIVER.title }).waitFor();
    expect(await page.getByRole('button', { name: /^(제안 보완하기|Amend the proposal)$/ }).count()).toBe(0);
    await page.context().close();
  });

  it('changes the title and the text with a reason, after saying what is missing', async () => {
    const page = await city.open(`/proposals/${RIVER.id}`);
    await page.getByLabel('언어').selectOption('en');
    await signInAs(page, 'kim-jiyoung');
    await page.getByRole('button', { name: 'Amend the proposal' }).click();
    const dialog = page.getByRole('dialog', { name: 'Amend the proposal' });
    expect(await dialog.getByLabel('Title').inputValue()).toBe(RIVER.title);
    await dialog.getByRole('button', { name: 'Amend', exact: true }).click();
    await dialog.getByText('Say why you amend it.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await dialog.getByLabel('Title').fill(AMENDED);
    await dialog.getByLabel('Why you amend it').fill('The climate department asked for two a month.');
    await dialog.getByRole('button', { name: 'Amend', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await announced(page, 'Your proposal is amended.');
    await page.getByRole('heading', { level: 1, name: AMENDED }).waitFor();
    await page.context().close();
  });
});
