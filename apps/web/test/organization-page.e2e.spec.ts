import { Page } from 'playwright-core';
import { DemoCity, announced, seriousViolations, signInAs, startDemoCity } from './demo-city';

/** An organization's page: asking to join it, leaving it, and what refuses, in words. */
describe("an organization's page in the web app", () => {
  let city: DemoCity;
  beforeAll(async () => {
    city = await startDemoCity();
  });
  afterAll(() => city?.stop());

  const pageAs = async (subject: string): Promise<Page> => {
    const page = await city.open('/organizations/mapo-green');
    await page.getByLabel('언어').selectOption('en');
    await signInAs(page, subject);
    await page.getByRole('heading', { name: 'Membership' }).waitFor();
    return page;
  };
  const membership = (page: Page) => page.getByRole('region', { name: 'Membership' });

  it('lets a citizen ask to join once, and says so when asked again', async () => {
    const page = await pageAs('citizen-6');
    expect(await page.title()).toBe('Mapo Green Network – Organizations – Hyeopchi');
    // the secretariat vouched for it (the demo seed), and the page says who did and what was checked
    await page.getByText('Verified', { exact: true }).waitFor();
    expect(await page.getByText(/^Verified by 정하늘 on /).innerText()).toContain(
      'Checked: Registered as a non-profit civic group',
    );
    await membership(page).getByRole('button', { name: 'Ask to join' }).click();
    await announced(page, 'You asked to join Mapo Green Network');
    await membership(page).getByRole('button', { name: 'Ask to join' }).click();
    await membership(page).getByText("You have asked already: wait for an administrator's answer.").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('lets a member leave, and tells the last administrator why she cannot', async () => {
    const member = await pageAs('lee-minho');
    const count = () => member.getByText(/^\d+ members? \(/).innerText();
    const before = await count();
    await membership(member).getByRole('button', { name: 'Leave the organization' }).click();
    await announced(member, 'You have left Mapo Green Network.');
    await membership(member).getByRole('button', { name: 'Ask to join' }).waitFor();
    expect(await count()).not.toBe(before);
    await member.context().close();

    const admin = await pageAs('kim-jiyoung');
    await membership(admin).getByText('You administer this organization.').waitFor();
    await membership(admin).getByRole('button', { name: 'Leave the organization' }).click();
    await membership(admin)
      .getByText('The last administrator cannot leave: make another member an administrator first.')
      .waitFor();
    await admin.context().close();
  });
});
