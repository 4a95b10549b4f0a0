/**
 * npm run bench:block: Backgrounder on a page whose text is one block (a transcript in one
 * element, lines cut by <br>), of 60,000 words by default. A block is one batch of text;
 * this checks that reading and matching it are still cut into short slices. Prints the
 * medians of the scan's cost and its longest slice (timed by the scan's own measures), the
 * page's longest task and TBT from a trace, with and without the extension, and the
 * mentions found against the scanner's.
 *
 * BENCH_RUNS (default 5) fresh browsers, BENCH_WORDS (default 60000) the page's size.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, launchWithExtension } from '../../tests/e2e/support/chromium';
import { scannerMentions } from '../../tests/e2e/support/scanner';
import { serve } from '../../tests/e2e/support/server';
import { generateOneBlockPage } from './generate-page';
import { OBSERVE, SETTLE_MS, collect, waitForQuiet } from './page/measure';
import { type TaskFigures, traceTasks } from './page/tasks';
import { fmt, median } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const WORDS = Number(process.env.BENCH_WORDS ?? 60_000);
const html = generateOneBlockPage(WORDS);
const file = join(tmpdir(), 'backgrounder-bench-one-block.html');
writeFileSync(file, html);
const expected = scannerMentions(file).length;

const server = await serve(tmpdir());
server.route('/one-block.html', html);
/** The same page without the extension, traced over the same few seconds: the page's own long tasks. */
async function baseline(): Promise<TaskFigures> {
  const browser = await launchChromium({ extensionDir: null });
  try {
    const page = await browser.context.newPage();
    await page.waitForTimeout(SETTLE_MS);
    const tasks = await traceTasks(page);
    await page.goto(`${server.url}/one-block.html`, { timeout: 120_000 });
    await page.waitForTimeout(2000);
    return await tasks();
  } finally {
    await browser.close();
  }
}

const runs: (Awaited<ReturnType<typeof collect>> & TaskFigures)[] = [];
const plain: TaskFigures[] = [];
for (let i = 0; i < RUNS; i++) {
  const browser = await launchWithExtension({ extraArgs: ['--enable-precise-memory-info'] });
  try {
    const page = await browser.context.newPage();
    await page.waitForTimeout(SETTLE_MS);
    await page.addInitScript(OBSERVE);
    const tasks = await traceTasks(page);
    await page.goto(`${server.url}/one-block.html`, { timeout: 120_000 });
    await waitForQuiet(page, 700, 120_000);
    const traced = await tasks();
    runs.push({ ...(await collect(page)), ...traced });
  } finally {
    await browser.close();
  }
  plain.push(await baseline());
}
await server.close();

const m = (k: keyof (typeof runs)[number]) => fmt(median(runs.map((r) => r[k])));
console.log(`${WORDS.toLocaleString('en')} words in one block, ${RUNS} runs (medians, ms):`);
console.log(`scan ${m('scanMs')} in ${m('slices')} slices; longest slice ${m('longestSliceMs')} (all: ${runs.map((r) => fmt(r.longestSliceMs)).join(', ')})`);
const p = (k: keyof TaskFigures) => fmt(median(plain.map((r) => r[k])));
console.log(`longest task after DOMContentLoaded ${m('longestTaskMs')}, TBT ${m('tbtMs')}; without the extension ${p('longestTaskMs')} and ${p('tbtMs')} (from traces: the page's own layout of one huge block is long)`);
console.log(`the extension's longest task ${m('extensionTaskMs')} (its script's evaluation, timers and observers)`);
console.log(`mentions ${m('mentions')} (scanner: ${expected}); DOM nodes ${m('nodesBefore')} → ${m('nodesAfter')}`);
