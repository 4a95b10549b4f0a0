/**
 * Opening a page costs the reader's machine only the page's own scan: the background
 * (Chrome's service worker, which loads the knowledge and the database when it starts)
 * stays asleep on pages the reader never clipped from, and still wakes on the pages
 * they did, to bring their passages back.
 */
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { READY_KEY } from '../../clippings/page-index';
import { openPopupFor, useExtension } from './support/chromium';
import { waitForScan } from './support/page';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/pages');
const env = useExtension(FIXTURES);

const STORY = '<!doctype html><html><head><title>Clipped story</title></head><body><p id="a">Treasury Secretary Scott Bessent said Beijing should make catch-up purchases.</p></body></html>';
const OTHER = '<!doctype html><html><head><title>Another story</title></head><body><p>Xi Jinping met Scott Bessent in Geneva.</p></body></html>';

type WorkerStorage = { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };

/** What the extension's service worker does, as DevTools reports it: 'starting', 'running', 'stopped'... */
async function watchWorker(page: Page): Promise<{ cdp: CDPSession; seen: string[] }> {
  const cdp = await env.browser.context.newCDPSession(page);
  const seen: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) if (v.scriptURL.startsWith(`chrome-extension://${env.browser.extensionId}/`)) seen.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  return { cdp, seen };
}

async function savedHighlights(page: Page): Promise<number> {
  return page.evaluate(() => CSS.highlights.get('backgrounder-clipping')?.size ?? 0);
}

describe('the background on page loads', () => {
  it('stays asleep on a page with no clippings, and wakes to bring back those of a clipped page', async () => {
    env.server.route('/clipped.html', STORY);
    env.server.route('/unclipped.html', OTHER);
    // The list of clipped pages is built when the extension is installed.
    await expect
      .poll(() => env.browser.worker.evaluate((key) => (globalThis as unknown as WorkerStorage).chrome.storage.local.get(key), READY_KEY))
      .toEqual({ [READY_KEY]: true });

    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.url}/clipped.html`);
    await waitForScan(page, 1);
    await page.evaluate(() => getSelection()!.selectAllChildren(document.getElementById('a')!));
    const popup = await openPopupFor(env.browser, page);
    await popup.getByRole('button', { name: 'Save selection' }).click();
    await expect.poll(() => popup.locator('p[role="status"]').textContent()).toBe('Selection saved.');
    await popup.close();

    const { cdp, seen } = await watchWorker(page);
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => seen.at(-1)).toBe('stopped');

    seen.length = 0;
    await page.goto(`${env.server.url}/unclipped.html`);
    await waitForScan(page, 2);
    // Past the moment the page would have asked for its clippings.
    await page.waitForTimeout(1000);
    expect(seen).toEqual([]);

    await page.goto(`${env.server.url}/clipped.html`);
    await waitForScan(page, 1);
    await expect.poll(() => savedHighlights(page), { timeout: 5000 }).toBe(1);
    expect(seen).toContain('starting');
    await cdp.detach();
    await page.close();
  });
});
