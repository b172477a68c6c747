import AxeBuilder from '@axe-core/playwright';
import { HyeopchiConfig, loadConfiguration } from '@hyeopchi/config';
import { GatewayModule } from '@hyeopchi/gateway';
import { COMMAND_SENDER, CommandSender } from '@hyeopchi/command-processing';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { allServices, seedDemo } from '@hyeopchi/platform';
import { INestApplication } from '@nestjs/common';
import { developmentSecret } from '@hyeopchi/identity';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AddressInfo } from 'node:net';
import { Browser, BrowserContext, Page } from 'playwright-core';
import {
  Started,
  eventually,
  freshDatabase,
  launchChromium,
  postGraphql,
  testDatabaseUrl,
} from '@hyeopchi/testing';
import { ensureWebAppBuilt } from './web-build';

export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Keeps every message the live region says in `window.heard`, in order: the region shows only the last, and two
 * said close together (a command's and a live event's) would leave a test that reads it only the later one.
 */
const RECORD_ANNOUNCEMENTS = `
  window.heard = [];
  new MutationObserver((records) => {
    for (const record of records) {
      if (!(record.target instanceof Element) || !record.target.matches('[data-testid="announcer"]')) continue;
      for (const node of record.addedNodes) if (node.textContent) window.heard.push(node.textContent);
    }
  }).observe(document, { childList: true, subtree: true });
`;

/** The demo city in one process (services, gateway, web app) on a fresh database, and a Chromium to look at it. */
export interface DemoCity {
  origin: string;
  app: INestApplication;
  config: HyeopchiConfig;
  /** The city's development secret (its persona picker needs one of its own): tests sign tokens with it. */
  secret: string;
  clock: TestClock;
  sender: CommandSender;
  browser: Browser;
  /** A new browser context (its own storage: its own person) on a page of the app, once its heading shows. */
  open(path?: string): Promise<Page>;
  /** A GraphQL request to the gateway, as whoever the token says (anonymous without one). */
  graphql<T = Record<string, unknown>>(query: string, variables?: object, token?: string): Promise<T>;
  stop(): Promise<void>;
}

export async function startDemoCity(): Promise<DemoCity> {
  await ensureWebAppBuilt();
  const database: Started<string> = await freshDatabase(
    testDatabaseUrl(),
    `hyeopchi_web_${randomBytes(4).toString('hex')}`,
  );
  const secretFolder = await mkdtemp(join(tmpdir(), 'hyeopchi-web-'));
  const config = loadConfiguration({
    DATABASE_URL: database.value,
    JWT_DEV_SECRET_FILE: join(secretFolder, 'jwt-dev-secret'),
    AUDIT_CHECKPOINT_EVERY_SECONDS: '86400',
  });
  const secret = await developmentSecret(config.JWT_DEV_SECRET_FILE);
  const clock = new TestClock();
  let app: INestApplication | undefined;
  let browser: Browser;
  try {
    app = await startInProcessForTest(allServices(config), config, clock, [GatewayModule.inProcess()]);
    await app.listen(0, '127.0.0.1');
    await seedDemo(app.get<CommandSender>(COMMAND_SENDER));
    browser = await launchChromium();
  } catch (error) {
    // a half-started city would keep jest from exiting: stop what did start
    await app?.close();
    await database.stop();
    await rm(secretFolder, { recursive: true, force: true });
    throw error;
  }
  const origin = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const sender = app.get<CommandSender>(COMMAND_SENDER);
  const contexts: BrowserContext[] = [];
  return {
    origin,
    app,
    config,
    secret,
    clock,
    sender,
    browser,
    async open(path = '/') {
      const context = await browser.newContext();
      contexts.push(context);
      await context.addInitScript({ content: RECORD_ANNOUNCEMENTS });
      const page = await context.newPage();
      await page.goto(`${origin}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      return page;
    },
    graphql: (query, variables, token) => postGraphql(origin, query, variables, token),
    async stop() {
      await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
      await browser.close();
      await app!.close();
      await database.stop();
      await rm(secretFolder, { recursive: true, force: true });
    },
  };
}

/** Signs in through the header's dialog as one of the demo's people, and waits until the header says so. */
/** Everything the page's live region has said since it loaded, oldest first. */
export function heardAnnouncements(page: Page): Promise<string[]> {
  return page.evaluate<string[]>('window.heard');
}

/**
 * Waits until the page's live region has said `text` (as part of a message), whatever it said after. Polled from
 * here: `page.waitForFunction` evaluates its predicate with eval, which the app's Content-Security-Policy refuses.
 */
export async function announced(page: Page, text: string): Promise<void> {
  await eventually(
    async () => expect((await heardAnnouncements(page)).some((message) => message.includes(text))).toBe(true),
    30_000,
    100,
  );
}

/** What the header calls the demo's people: their public names, and citizen-6, who chose none, by role. */
export const DEMO_NAMES: Readonly<Record<string, string>> = {
  'kim-jiyoung': '김지영',
  'lee-minho': '이민호',
  'park-seoyeon': '박서연',
  'citizen-6': '시민',
  'officer-parks': '오세진',
  'officer-climate': '강민서',
  'member-han': '한정민',
  'member-yoon': '윤서연',
  'member-choi': '최민준',
  'member-mapo-kang': '강나래',
  'secretariat-jung': '정하늘',
  'auditor-lee': '이수진',
};

export async function signInAs(page: Page, subject: string): Promise<void> {
  await page.getByRole('button', { name: /^(로그인|Sign in)$/ }).click();
  const dialog = page.getByRole('dialog');
  // React Aria's radio is a hidden input inside its label: the label takes the click. The label says the
  // persona's public name, not their account id: the input's value is the id
  await dialog.locator('label', { has: page.locator(`input[value="${subject}"]`) }).click();
  await dialog.getByRole('button', { name: /^(로그인|Sign in)$/ }).click();
  await page.getByRole('button', { name: /^(로그아웃|Sign out)$/ }).waitFor();
}

/** What axe finds serious or critical under WCAG 2.2 AA, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  return (await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(({ id, help, nodes }) => `${id}: ${help} (${nodes.map((node) => node.target).join(', ')})`);
}
