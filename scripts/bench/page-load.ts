/**
 * npm run bench:load: what opening a page costs the reader's machine beyond the page's own
 * scan. The service worker is stopped before each load (as Chrome stops it after 30 s idle),
 * then a 1,500-word page is loaded and the CPU time of every Chromium process is summed
 * over the next 2 s (Linux /proc). Three cases: a page the reader never clipped from, a
 * page they did (which must wake the background to bring the passage back), and the same
 * page in a browser without the extension. Prints medians and how many loads woke the
 * background.
 *
 * BENCH_RUNS (default 3) browsers per case, BENCH_LOADS (default 6) loads per browser and case.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { pageListReady, watchServiceWorker } from '../../tests/e2e/support/background';
import { type ExtensionBrowser, launchChromium, launchWithExtension, saveSelectionFromPopup } from '../../tests/e2e/support/chromium';
import { waitForScan } from '../../tests/e2e/support/page';
import { serve } from '../../tests/e2e/support/server';
import { generatePage } from './generate-page';
import { median } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LOADS = Number(process.env.BENCH_LOADS ?? 6);
const WINDOW_MS = 2000;

/** CPU time (user + system) of every Chromium process so far, in ms; /proc counts in 10 ms ticks. */
function chromiumCpuMs(): number {
  let total = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // the process ended meanwhile
    }
    if (!/chrom/i.test(stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')))) continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    total += (Number(fields[11]) + Number(fields[12])) * 10;
  }
  return total;
}

const server = await serve(process.cwd());
server.route('/never-clipped.html', generatePage(1500, 7));
server.route('/clipped.html', generatePage(1500, 8));

/** Saves the page's first paragraph from the popup, as a reader would. */
async function clip(b: ExtensionBrowser): Promise<void> {
  const page = await b.context.newPage();
  await page.goto(`${server.url}/clipped.html`);
  await waitForScan(page, 1);
  await page.evaluate(() => getSelection()!.selectAllChildren(document.querySelector('p')!));
  await saveSelectionFromPopup(b, page);
  await page.close();
}

/** Loads `path` with the service worker stopped first; returns the CPU used and whether the worker started. */
async function load(page: Page, path: string, stopWorkers: (() => Promise<void>) | null, starts: () => number): Promise<{ cpu: number; woke: boolean }> {
  if (stopWorkers) await stopWorkers();
  await page.waitForTimeout(1500);
  const before = chromiumCpuMs();
  const startsBefore = starts();
  await page.goto(`${server.url}${path}`);
  await page.waitForTimeout(WINDOW_MS);
  return { cpu: chromiumCpuMs() - before, woke: starts() > startsBefore };
}

const cpu: Record<string, number[]> = { 'never clipped': [], clipped: [], 'no extension': [] };
const wakes: Record<string, number> = { 'never clipped': 0, clipped: 0 };
for (let r = 0; r < RUNS; r++) {
  const b = await launchWithExtension();
  await pageListReady(b.worker);
  await clip(b);
  const page = await b.context.newPage();
  const worker = await watchServiceWorker(b, page);
  const starts = () => worker.states.filter((s) => s === 'starting').length;
  for (let i = 0; i < LOADS; i++) {
    for (const [name, path] of [['never clipped', '/never-clipped.html'], ['clipped', '/clipped.html']] as const) {
      const m = await load(page, path, worker.stop, starts);
      cpu[name]!.push(m.cpu);
      if (m.woke) wakes[name]!++;
    }
  }
  await b.close();
  const bare = await launchChromium({ extensionDir: null });
  const plain = await bare.context.newPage();
  for (let i = 0; i < LOADS; i++) cpu['no extension']!.push((await load(plain, '/clipped.html', null, () => 0)).cpu);
  await bare.close();
}
await server.close();

console.log(`CPU of all Chromium processes in the ${WINDOW_MS / 1000} s after a page load, service worker stopped before each (${RUNS * LOADS} loads per case):`);
console.log('| page | CPU median (ms) | range | loads that woke the background |');
console.log('| --- | --- | --- | --- |');
for (const [name, xs] of Object.entries(cpu)) {
  const w = name in wakes ? `${wakes[name]} of ${xs.length}` : '–';
  console.log(`| ${name} | ${median(xs).toFixed(0)} | ${Math.min(...xs)}–${Math.max(...xs)} | ${w} |`);
}
