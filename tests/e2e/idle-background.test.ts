/**
 * Opening a page costs the reader's machine only the page's own scan: the background
 * (Chrome's service worker, which loads the knowledge and the database when it starts)
 * stays asleep on pages the reader never clipped from, and still wakes on the pages
 * they did, to bring their passages back.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageListReady, watchServiceWorker } from './support/background';
import { saveSelectionFromPopup, useExtension } from './support/chromium';
import { waitForScan } from './support/page';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/pages');
const env = useExtension(FIXTURES);

const STORY = '<!doctype html><html><head><title>Clipped story</title></head><body><p id="a">Treasury Secretary Scott Bessent said Beijing should make catch-up purchases.</p></body></html>';
const OTHER = '<!doctype html><html><head><title>Another story</title></head><body><p>Xi Jinping met Scott Bessent in Geneva.</p></body></html>';

async function savedHighlights(page: Page): Promise<number> {
  return page.evaluate(() => CSS.highlights.get('backgrounder-clipping')?.size ?? 0);
}

describe('the background on page loads', () => {
  it('stays asleep on a page with no clippings, and wakes to bring back those of a clipped page', async () => {
    env.server.route('/clipped.html', STORY);
    env.server.route('/unclipped.html', OTHER);
    // The list of clipped pages is built when the extension is installed.
    await pageListReady(env.browser.worker);

    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.url}/clipped.html`);
    await waitForScan(page, 1);
    await page.evaluate(() => getSelection()!.selectAllChildren(document.getElementById('a')!));
    await saveSelectionFromPopup(env.browser, page);

    const worker = await watchServiceWorker(env.browser, page);
    await worker.stop();
    await expect.poll(() => worker.states.at(-1)).toBe('stopped');

    worker.states.length = 0;
    await page.goto(`${env.server.url}/unclipped.html`);
    await waitForScan(page, 2);
    // Past the moment the page would have asked for its clippings.
    await page.waitForTimeout(1000);
    expect(worker.states).toEqual([]);

    await page.goto(`${env.server.url}/clipped.html`);
    await waitForScan(page, 1);
    await expect.poll(() => savedHighlights(page), { timeout: 5000 }).toBe(1);
    expect(worker.states).toContain('starting');
    await worker.detach();
    await page.close();
  });
});
