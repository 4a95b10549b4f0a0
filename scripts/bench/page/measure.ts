/**
 * One page load, measured: scan cost (sum of 'entity-scan' measures), time from the
 * script's start to its first painted result, JS heap and DOM nodes before (at
 * DOMContentLoaded) and after. Tasks are read from a trace (tasks.ts).
 */
import type { Page } from 'playwright-core';
import type { TaskFigures } from './tasks';

/**
 * A freshly launched browser spends its first seconds starting up; on this 2-core machine
 * that roughly doubled every contender's times and their spread. A reader's browser is
 * already running, so each run waits this long (BENCH_SETTLE_MS) before loading the page.
 */
export const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 3000);

export interface Measured extends TaskFigures {
  scanMs: number;
  slices: number;
  longestSliceMs: number;
  firstPaintMs: number;
  heapBeforeMb: number;
  heapAfterMb: number;
  nodesBefore: number;
  nodesAfter: number;
  mentions: number;
  /** Median time from a change to the page's DOM to the next frame, after the scan. */
  updateFrameMs: number;
}

/** Installed before the page's own scripts: the state at DOMContentLoaded. */
export const OBSERVE = `
window.__bench = { dcl: 0, nodesBefore: 0, heapBefore: 0 };
document.addEventListener('DOMContentLoaded', () => {
  window.__bench.dcl = performance.now();
  window.__bench.nodesBefore = document.getElementsByTagName('*').length;
  window.__bench.heapBefore = performance.memory ? performance.memory.usedJSHeapSize : 0;
});
`;

/**
 * Waits until no new 'entity-scan' measure has appeared for `quietMs`. On a timeout the
 * error says which load (`label`) and how many measures it had recorded: none means the
 * extension's script never ran or threw.
 */
export async function waitForQuiet(page: Page, quietMs: number, timeout: number, label = 'the page'): Promise<void> {
  try {
    await page.waitForFunction(
      (quiet) => {
        const m = performance.getEntriesByName('entity-scan');
        const last = m.at(-1);
        return last !== undefined && performance.now() - (last.startTime + last.duration) > quiet;
      },
      quietMs,
      { timeout, polling: 100 },
    );
  } catch (cause) {
    const seen = await page.evaluate(() => performance.getEntriesByName('entity-scan').length).catch(() => 'an unknown number of');
    throw new Error(`${label} never went quiet in ${timeout} ms (${seen} scan measures)`, { cause });
  }
}

/**
 * After the scan: the page changes one element's text (a live clock in the headline)
 * `ticks` times; the median time from each change to its next frame. Highlights cost
 * here, not in the scan: the browser revalidates registered ranges on every change.
 */
export async function updateFrames(page: Page, ticks = 9): Promise<number> {
  return page.evaluate(async (ticks) => {
    const clock = document.createElement('span');
    (document.querySelector('h1') ?? document.body).append(clock);
    const frames: number[] = [];
    for (let i = 0; i < ticks; i++) {
      clock.textContent = ` ${i}`;
      const start = performance.now();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      frames.push(performance.now() - start);
      await new Promise((r) => setTimeout(r, 200));
    }
    return frames.sort((a, b) => a - b)[Math.floor(ticks / 2)]!;
  }, ticks);
}

export async function collect(page: Page): Promise<Omit<Measured, 'updateFrameMs' | keyof TaskFigures>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
  return page.evaluate(() => {
    type Bench = { dcl: number; nodesBefore: number; heapBefore: number };
    const b = (window as unknown as { __bench: Bench }).__bench;
    const m = performance.getEntriesByName('entity-scan') as PerformanceMeasure[];
    const started = performance.getEntriesByName('backgrounder-start')[0]?.startTime ?? m[0]!.startTime;
    const firstHit = m.find((x) => (x.detail as { matches: number }).matches > 0) ?? m[0]!;
    const mem = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return {
      scanMs: m.reduce((s, x) => s + x.duration, 0),
      slices: m.length,
      longestSliceMs: Math.max(...m.map((x) => x.duration)),
      firstPaintMs: firstHit.startTime + firstHit.duration - started,
      heapBeforeMb: b.heapBefore / 2 ** 20,
      heapAfterMb: (mem?.usedJSHeapSize ?? 0) / 2 ** 20,
      nodesBefore: b.nodesBefore,
      nodesAfter: document.getElementsByTagName('*').length,
      mentions: (m.at(-1)!.detail as { matches: number }).matches,
    };
  });
}
