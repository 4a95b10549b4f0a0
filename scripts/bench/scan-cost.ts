/**
 * npm run bench: the content script's scan cost on a generated 50,000-word news page,
 * in real Chromium with the built extension. Prints each run and the median of 5.
 * The cost is the sum of the 'entity-scan' measures the scan records (its slices). Each
 * fresh browser settles first (BENCH_SETTLE_MS), as in bench:page.
 */
import { launchWithExtension } from '../../tests/e2e/support/chromium';
import { type StaticServer, serve } from '../../tests/e2e/support/server';
import { generatePage } from './generate-page';
import { SETTLE_MS } from './page/measure';
import { fmt, median } from './stats';

const WORDS = Number(process.env.BENCH_WORDS ?? 50_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

interface Run {
  scanMs: number;
  slices: number;
  longestSliceMs: number;
  mentions: number;
}

async function once(server: StaticServer): Promise<Run> {
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    await page.waitForTimeout(SETTLE_MS);
    await page.goto(`${server.url}/bench.html`);
    // Done when no new slice has been recorded for half a second.
    await page.waitForFunction(() => {
      const m = performance.getEntriesByName('entity-scan');
      const last = m.at(-1);
      return last !== undefined && performance.now() - (last.startTime + last.duration) > 500;
    }, undefined, { timeout: 60_000, polling: 100 });
    return await page.evaluate(() => {
      const m = performance.getEntriesByName('entity-scan') as PerformanceMeasure[];
      return {
        scanMs: m.reduce((s, x) => s + x.duration, 0),
        slices: m.length,
        longestSliceMs: Math.max(...m.map((x) => x.duration)),
        mentions: (m.at(-1)!.detail as { matches: number }).matches,
      };
    });
  } finally {
    await browser.close();
  }
}

const server = await serve(process.cwd());
server.route('/bench.html', generatePage(WORDS));
const runs: Run[] = [];
for (let i = 0; i < RUNS; i++) {
  const r = await once(server);
  runs.push(r);
  console.log(`run ${i + 1}: scan ${fmt(r.scanMs)} ms in ${r.slices} slices (longest ${fmt(r.longestSliceMs)} ms), ${r.mentions} mentions`);
}
await server.close();
console.log(
  `\n${WORDS.toLocaleString('en')}-word page, median of ${RUNS}: scan ${fmt(median(runs.map((r) => r.scanMs)))} ms, ` +
    `longest slice ${fmt(median(runs.map((r) => r.longestSliceMs)))} ms, ${runs[0]!.mentions} mentions`,
);
