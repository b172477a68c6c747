import { createPool } from '@hyeopchi/postgres';
import { launchChromium, projectPath } from '@hyeopchi/testing';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { startDemoCity } from '@hyeopchi/platform/testing';
import { describeMachine } from './support/machine';
import { prepareProposals } from './support/proposals';
import { writeResults } from './support/results';
import { percentile, round } from './support/stats';

/**
 * `npm run bench -- web`: what a person waits for. The JavaScript the first page loads (gzipped, as served
 * compressed), and the time from asking for http://…/ until the proposals list shows its cards and its filters
 * take input, in headless Chromium on localhost, each run in a fresh browser context (an empty cache).
 */
const RUNS = 10;
const TARGET_KB = 250;
const TARGET_MS = 1000;

/** The scripts index.html loads before anything shows: its module entry and what it preloads. */
function initialJavaScript(): { files: string[]; gzipKb: number; rawKb: number } {
  const dist = projectPath('dist/web');
  const html = readFileSync(`${dist}/index.html`, 'utf8');
  const files = [
    ...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g),
  ].map((match) => match[1]);
  const bytes = files.map((file) => readFileSync(`${dist}${file}`));
  const kb = (sizes: number[]) => round(sizes.reduce((sum, size) => sum + size, 0) / 1024, 1);
  return {
    files,
    gzipKb: kb(bytes.map((content) => gzipSync(content, { level: 9 }).length)),
    rawKb: kb(bytes.map((content) => content.length)),
  };
}

async function main(): Promise<void> {
  const javascript = initialJavaScript();
  const { origin, sender, databaseUrl, stop } = await startDemoCity('hyeopchi_bench_web');
  const browser = await launchChromium();
  try {
    await prepareProposals(sender, 60);
    const timesMs: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(`${origin}/`);
      await page.locator('.cards .card').nth(49).waitFor();
      await page.getByRole('button', { name: '적용' }).waitFor();
      const elapsed = performance.now() - started;
      // the first run also starts the browser's own machinery: it is a warm-up, not a figure
      if (run > 0) timesMs.push(elapsed);
      await context.close();
    }
    const sorted = [...timesMs].sort((a, b) => a - b);
    const usable = { medianMs: round(percentile(sorted, 50), 0), p90Ms: round(percentile(sorted, 90), 0) };
    const pool = createPool({ url: databaseUrl, size: 1, applicationName: 'hyeopchi-bench' });
    const machine = await describeMachine(pool).finally(() => pool.end());
    console.log('\nThe web app, headless Chromium on localhost:');
    console.table([
      { figure: 'initial JavaScript, gzipped (KB)', value: javascript.gzipKb, target: `≤ ${TARGET_KB}` },
      { figure: 'initial JavaScript, raw (KB)', value: javascript.rawKb, target: '' },
      {
        figure: `usable proposals list, median of ${RUNS} (ms)`,
        value: usable.medianMs,
        target: `< ${TARGET_MS}`,
      },
      { figure: `usable proposals list, p90 of ${RUNS} (ms)`, value: usable.p90Ms, target: '' },
    ]);
    const results = {
      suite: 'web',
      measuredAt: new Date().toISOString(),
      machine,
      initialJavaScript: { ...javascript, targetKb: TARGET_KB },
      usableProposalsList: {
        runs: RUNS,
        ...usable,
        timesMs: timesMs.map((ms) => round(ms, 0)),
        targetMs: TARGET_MS,
      },
    };
    console.log(`written to ${writeResults('web', results)}`);
  } finally {
    await browser.close();
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
