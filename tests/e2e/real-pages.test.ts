/**
 * Real news pages (Mozilla Readability's test pages, Apache-2.0) with the extension on
 * and off: no page error caused by Backgrounder, and the page's DOM is the same.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Chromium, type ExtensionBrowser, launchChromium, launchWithExtension } from './support/chromium';
import { mentionsOnScroll } from './support/page';
import { scannerMentions } from './support/scanner';
import { type StaticServer, serve } from './support/server';

const DIR = resolve(import.meta.dirname, '../fixtures/real-pages');
const PAGES = readdirSync(DIR).filter((f) => f.endsWith('.html'));
let server: StaticServer;
let withExt: ExtensionBrowser;
let plain: Chromium;

beforeAll(async () => {
  server = await serve(DIR);
  withExt = await launchWithExtension();
  plain = await launchChromium({ extensionDir: null });
});
afterAll(async () => {
  await withExt?.close();
  await plain?.close();
  await server?.close();
});

/** Loads a page, lets it and any scan settle, and returns what it looked like and what went wrong. */
async function visit(context: BrowserContext, file: string) {
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${e.message}\n${e.stack ?? ''}`));
  // Errors thrown in the content script's world reach the console, not pageerror.
  page.on('console', (m) => {
    if (m.type() === 'error' && m.location().url.startsWith('chrome-extension://')) errors.push(`chrome-extension:// ${m.text()}`);
  });
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort()); // offline: only our server
  await page.goto(`${server.url}/${file}`, { waitUntil: 'load' });
  await page.waitForTimeout(1200);
  const dom = await page.evaluate(() => ({ nodes: document.getElementsByTagName('*').length, text: document.body.innerText.length, height: document.documentElement.scrollHeight }));
  const mentions = await mentionsOnScroll(page);
  const found = await page.evaluate(() => ((performance.getEntriesByName('entity-scan').at(-1) as PerformanceMeasure | undefined)?.detail as { matches: number } | undefined)?.matches ?? 0);
  await page.close();
  return { errors, dom, mentions, found };
}

function scanTexts(file: string): string[] {
  return scannerMentions(join(DIR, file));
}

/** Whether `part` appears in `whole` in the same order, with gaps allowed. */
function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  let i = 0;
  for (const w of whole) if (i < part.length && part[i] === w) i++;
  return i === part.length;
}

describe.each(PAGES)('%s', (file) => {
  it('shows no error caused by Backgrounder and leaves the page as it was', async () => {
    const on = await visit(withExt.context, file);
    const off = await visit(plain.context, file);
    const ours = on.errors.filter((e) => e.includes('chrome-extension://') || /backgrounder/i.test(e));
    expect(ours).toEqual([]);
    expect(on.errors.length).toBeLessThanOrEqual(off.errors.length);
    expect(on.dom).toEqual(off.dom);
    expect(off.mentions).toEqual([]);
    // The content script finds what the command-line scanner finds in the same page, and
    // paints them as a reader scrolls by, in order; only those in hidden elements (a
    // collapsed menu, a visually hidden label) are never painted, as nothing there is seen.
    const scanned = scanTexts(file);
    expect(on.found).toBe(scanned.length);
    expect(isSubsequence(on.mentions.map((m) => m.text), scanned)).toBe(true);
    // Hidden text is a small part of any page: most of what is found is seen and painted.
    expect(on.mentions.length).toBeGreaterThanOrEqual(Math.ceil(scanned.length / 2));
  });
});
