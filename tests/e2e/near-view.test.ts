/**
 * Long pages in Chromium: every mention is found, but only those near the viewport are
 * registered as highlights, so that the page's own updates stay cheap however many
 * mentions it holds; scrolling paints the rest.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOneBlockPage, generatePage } from '../../scripts/bench/generate-page';
import { type ExtensionBrowser, launchWithExtension } from './support/chromium';
import { waitForQuiet } from '../../scripts/bench/page/measure';
import { paintedMentions, unpaintedInView, waitForScan } from './support/page';
import { scannerMentions } from './support/scanner';
import { type StaticServer, serve } from './support/server';

let server: StaticServer;
let browser: ExtensionBrowser;

/** All its text in one element: the scan reads and matches that one block a part at a time. */
const ONE_BLOCK = generateOneBlockPage(40_000);
const ONE_BLOCK_FILE = join(tmpdir(), 'backgrounder-one-block.html');

beforeAll(async () => {
  server = await serve(import.meta.dirname);
  server.route('/long.html', generatePage(50_000));
  server.route('/one-block.html', ONE_BLOCK);
  writeFileSync(ONE_BLOCK_FILE, ONE_BLOCK);
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Mentions found so far, as the scan's last measure reports them. */
function found(page: Page): Promise<number> {
  return page.evaluate(() => ((performance.getEntriesByName('entity-scan').at(-1) as PerformanceMeasure).detail as { matches: number }).matches);
}

/** The long page, scanned to the end; with the number of mentions found. */
async function openScanned(): Promise<{ page: Page; total: number }> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/long.html`);
  await waitForScan(page, 2000, 30_000);
  await waitForQuiet(page, 500, 30_000);
  return { page, total: await found(page) };
}

/** The registered highlights' vertical extent, in viewports from the top of the view. */
function painted(page: Page): Promise<{ count: number; top: number; bottom: number }> {
  return page.evaluate(() => {
    let top = Infinity;
    let bottom = -Infinity;
    let count = 0;
    for (const r of CSS.highlights.get('backgrounder-mention') ?? []) {
      const s = r as AbstractRange;
      const range = document.createRange();
      range.setStart(s.startContainer, s.startOffset);
      range.setEnd(s.endContainer, s.endOffset);
      const box = range.getBoundingClientRect();
      top = Math.min(top, box.top / innerHeight);
      bottom = Math.max(bottom, box.bottom / innerHeight);
      count++;
    }
    return { count, top, bottom };
  });
}

describe('a 50,000-word page', () => {
  it('finds every mention, paints those within a screen of the view, and paints the rest as the reader scrolls', async () => {
    const { page, total } = await openScanned();
    await expect.poll(async () => (await painted(page)).count, { timeout: 2000 }).toBeLessThan(total / 10);
    // Painted by block: a paragraph reaching into the screen above or below is painted whole.
    const atTop = await painted(page);
    expect(atTop.count).toBeGreaterThan(10);
    expect(atTop.top).toBeGreaterThanOrEqual(-1.5);
    expect(atTop.bottom).toBeLessThanOrEqual(2.5);

    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    // The last screen is painted, and the first is no longer registered.
    await expect.poll(async () => {
      const { count, top } = await painted(page);
      return count > 10 && top >= -1.5;
    }, { timeout: 2000 }).toBe(true);
    const atEnd = await painted(page);
    expect(atEnd.count).toBeGreaterThan(10);
    expect(atEnd.bottom).toBeGreaterThan(0.5);
    expect(atEnd.bottom).toBeLessThanOrEqual(2.5);
    expect(await found(page)).toBe(total);
    await page.close();
  });

  it('paints what is in view after a jump to the middle of the page', async () => {
    const { page } = await openScanned();
    // A jump (a link to an anchor, find-in-page) moves many screens in one frame: blocks
    // watched in groups must still report, with no scrolling through in between.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight * 0.37));
    const unpainted = () => page.evaluate(unpaintedInView);
    await expect.poll(async () => (await unpainted()).unpainted, { timeout: 2000 }).toBe(0);
    expect((await unpainted()).inView).toBeGreaterThan(0);
    await page.close();
  });

  it('keeps registering only what is near the view while the page changes', async () => {
    const { page, total } = await openScanned();
    // A live clock in the headline: each tick is a change to the page's DOM.
    const counts = await page.evaluate(async () => {
      const clock = document.createElement('span');
      document.querySelector('h1')!.append(clock);
      const sizes: number[] = [];
      for (let i = 0; i < 5; i++) {
        clock.textContent = ` ${i}`;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
        sizes.push(CSS.highlights.get('backgrounder-mention')!.size);
      }
      return sizes;
    });
    for (const n of counts) expect(n).toBeLessThan(total / 10);
    expect(await found(page)).toBe(total);
    await page.close();
  });
});

describe('a page whose 40,000 words are one block of text', () => {
  it('finds every mention the scanner finds, and paints those of the block in the scanner\'s order', async () => {
    const expected = scannerMentions(ONE_BLOCK_FILE);
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/one-block.html`);
    await waitForScan(page, expected.length, 30_000);
    await waitForQuiet(page, 500, 30_000);
    expect(await found(page)).toBe(expected.length);
    // Read and matched a part at a time (bench:block measures the slices): a name lost at
    // a cut, cut short or found twice would break the order. Painted are the blocks near
    // the view: the headline and the one block, whose mentions come first in the text.
    const painted = (await paintedMentions(page)).map((m) => m.text);
    expect(painted.length).toBeGreaterThan(expected.length / 2);
    expect(painted).toEqual(expected.slice(0, painted.length));
    await page.close();
  });
});
