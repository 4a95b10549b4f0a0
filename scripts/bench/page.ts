/**
 * npm run bench:page: Backgrounder against the floor (a bare text walk) and mark.js (the
 * usual way and at its fastest) on generated news pages of ~1,500, 50,000 and 300,000
 * words, each loaded as an extension in real Chromium, and against an extension that does
 * nothing (the page's own tasks: its first layout can land after DOMContentLoaded with any
 * extension). Prints a table of medians with ratios, the time from a change to the page's
 * DOM to its next frame once the scan is done, the content script's gzipped size, and how
 * the matcher's cost grows with the text and with a tenfold alias list.
 *
 * BENCH_RUNS (default 5) sets runs per cell, BENCH_SIZES the page sizes, BENCH_WHO the extensions,
 * BENCH_SETTLE_MS the wait after launching each browser; mark.js the usual way takes minutes on the
 * largest page, so it runs fewer times there (BENCH_SLOW_RUNS, default 1).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { shippedLexicon } from '../../knowledge/shipped-lexicon';
import { EXTENSION_DIR, launchChromium, launchWithExtension } from '../../tests/e2e/support/chromium';
import { serve } from '../../tests/e2e/support/server';
import { generatePage } from './generate-page';
import { matcherScaling } from './matcher-scaling';
import { type ContenderName, writeContenders } from './page/contenders';
import { type Measured, OBSERVE, SETTLE_MS, collect, updateFrames, waitForQuiet } from './page/measure';
import { traceTasks } from './page/tasks';
import { fmt, median } from './stats';

const root = resolve(import.meta.dirname, '../..');
const SIZES = (process.env.BENCH_SIZES ?? '1500,50000,300000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SLOW_RUNS = Number(process.env.BENCH_SLOW_RUNS ?? 1);
type Who = 'backgrounder' | ContenderName;
/** How long one page may take to load and go quiet. */
const PAGE_TIMEOUT_MS = 400_000;
const ALL: Who[] = ['backgrounder', 'walk', 'nothing', 'markjs-regexp', 'markjs-list'];
/** BENCH_WHO narrows the run (e.g. "backgrounder,walk" while tuning); the walk is always measured, for the ratios. */
const WHO = ALL.filter((w) => w === 'walk' || (process.env.BENCH_WHO?.split(',') ?? ALL).includes(w));

const dirs: Record<Who, string> = { backgrounder: EXTENSION_DIR, ...writeContenders(join(root, '.tmp/bench-ext'), shippedLexicon().lexicon, join(root, 'node_modules/mark.js/dist/mark.min.js')) };
const server = await serve(root);
for (const words of SIZES) server.route(`/bench-${words}.html`, generatePage(words));

async function once(who: Who, words: number): Promise<Measured> {
  const opts = { extensionDir: dirs[who], extraArgs: ['--enable-precise-memory-info'] };
  const browser = who === 'backgrounder' ? await launchWithExtension(opts) : await launchChromium(opts);
  try {
    const page = await browser.context.newPage();
    await page.waitForTimeout(SETTLE_MS);
    await page.addInitScript(OBSERVE);
    const tasks = await traceTasks(page);
    // mark.js the usual way holds up the page's load event for its whole run (~100 s on 300,000 words here).
    await page.goto(`${server.url}/bench-${words}.html`, { timeout: PAGE_TIMEOUT_MS });
    await waitForQuiet(page, 700, PAGE_TIMEOUT_MS, `${who} on ${words} words`);
    const traced = await tasks();
    const measured = await collect(page);
    return { ...measured, ...traced, updateFrameMs: await updateFrames(page) };
  } finally {
    await browser.close();
  }
}

function runsFor(who: Who, words: number): number {
  return who === 'markjs-list' && words >= 50_000 ? Math.min(RUNS, words >= 300_000 ? SLOW_RUNS : 3) : RUNS;
}

const results = new Map<string, Measured[]>();
for (const words of SIZES) {
  // Runs interleave the extensions, so that a noisy moment of the machine falls on all of them.
  for (let i = 0; i < RUNS; i++) {
    for (const who of WHO) {
      if (i >= runsFor(who, words)) continue;
      const key = `${who}@${words}`;
      results.set(key, [...(results.get(key) ?? []), await once(who, words)]);
    }
  }
  for (const who of WHO) {
    const list = results.get(`${who}@${words}`)!;
    const m = (k: keyof Measured) => fmt(median(list.map((x) => x[k])));
    console.error(`${words} words, ${who}: scan ${m('scanMs')} ms, first result ${m('firstPaintMs')} ms, longest task ${m('longestTaskMs')} ms, the extension's ${m('extensionTaskMs')} ms (${list.length} runs)`);
  }
}
await server.close();

const med = (who: Who, words: number, k: keyof Measured) => median(results.get(`${who}@${words}`)!.map((x) => x[k]));
console.log('\nMedians (ms unless noted); ratios are scan time over the bare text walk\'s.\n');
console.log('| page | extension | runs | scan | × walk | longest slice | first result | TBT after DCL | longest task | extension\'s longest task | heap before → after (MB) | DOM nodes before → after | mentions | frame after a page update |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const words of SIZES) {
  for (const who of WHO) {
    const m = (k: keyof Measured) => med(who, words, k);
    const ratio = m('scanMs') / med('walk', words, 'scanMs');
    console.log(
      `| ${words.toLocaleString('en')} words | ${who} | ${results.get(`${who}@${words}`)!.length} | ${fmt(m('scanMs'))} | ${ratio.toFixed(1)} | ${fmt(m('longestSliceMs'))} | ${fmt(m('firstPaintMs'))} | ${fmt(m('tbtMs'))} | ${fmt(m('longestTaskMs'))} | ${fmt(m('extensionTaskMs'))} | ${m('heapBeforeMb').toFixed(1)} → ${m('heapAfterMb').toFixed(1)} | ${m('nodesBefore')} → ${m('nodesAfter')} | ${m('mentions')} | ${fmt(m('updateFrameMs'))} |`,
    );
  }
}
for (const words of SIZES) {
  if (!WHO.includes('backgrounder')) break;
  const ours = med('backgrounder', words, 'scanMs');
  const versus = (who: Who, digits: number, what: string) => (WHO.includes(who) ? `, ${(ours / med(who, words, 'scanMs')).toFixed(digits)}× ${what}` : '');
  console.log(
    `\n${words.toLocaleString('en')} words: Backgrounder ${(ours / med('walk', words, 'scanMs')).toFixed(2)}× the text walk` +
      versus('markjs-regexp', 2, 'mark.js at its fastest') + versus('markjs-list', 4, 'mark.js the usual way'),
  );
}

const bundle = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'));
console.log(`\nContent script: ${(bundle.length / 1024).toFixed(1)} kB minified, ${(gzipSync(bundle).length / 1024).toFixed(1)} kB gzipped (budget 40 kB)`);
console.log(`\n${matcherScaling()}`);
