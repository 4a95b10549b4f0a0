/**
 * The extension's life cycle in Chromium: the service worker stopped mid-save or asleep,
 * and the extension reloaded with tabs open.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtension } from './support/chromium';
import { paintedMentions, pointOf, waitForScan } from './support/page';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/pages');

const env = useExtension(FIXTURES);

/** Stops the extension's service worker, as Chrome does when it has been idle. */
async function stopWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

async function article(): Promise<{ page: Page; errors: string[] }> {
  const page = await env.browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && errors.push(m.text()));
  await page.goto(`${env.server.url}/demo-news.html`);
  await waitForScan(page, 10);
  return { page, errors };
}

const card = (p: Page) => p.locator('backgrounder-ui [role="dialog"]');

describe('service worker', () => {
  it('asleep when a card is first asked for: the card still opens', async () => {
    const { page, errors } = await article();
    await stopWorkers(page);
    const at = await pointOf(page, 'p-pntr', 'PNTR');
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => card(page).locator('h2').textContent().catch(() => null), { timeout: 8000 }).toBe('Permanent Normal Trade Relations (PNTR)');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stopped between a save and its reply: exactly one clipping, and the reader is told the truth', async () => {
    const { page } = await article();
    const at = await pointOf(page, 'p-deal', 'Scott Bessent');
    await page.mouse.move(at.x, at.y);
    const save = card(page).getByRole('button', { name: 'Save' });
    await save.waitFor({ timeout: 5000 });
    await Promise.all([save.click(), stopWorkers(page)]);
    const status = card(page).getByRole('status');
    await expect.poll(async () => ((await card(page).getByRole('button', { name: 'Saved' }).count()) ? 'saved' : await status.textContent()), { timeout: 8000 }).toMatch(/saved|could not confirm/);
    const saidSaved = (await card(page).getByRole('button', { name: 'Saved' }).count()) === 1;
    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await options.locator('main').waitFor();
    await options.waitForTimeout(300);
    const matching = await options.locator('li.clipping blockquote', { hasText: 'Treasury Secretary Scott Bessent said Beijing' }).count();
    // The save is asked again with the same id once the worker is back: it is stored
    // exactly once, and the card says so.
    expect(saidSaved).toBe(true);
    expect(matching).toBe(1);
    await options.close();
    await page.close();
  });
});

describe('extension reload', () => {
  it('the old content script takes its marks and listeners off the page, without errors', async () => {
    const { page, errors } = await article();
    expect((await paintedMentions(page)).length).toBeGreaterThan(0);
    await env.browser.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload());
    await page.waitForTimeout(1000);
    // The orphaned script notices on its next event and tears down.
    await page.mouse.move(200, 200);
    await page.mouse.move(300, 250);
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('backgrounder-mention')), { timeout: 5000 }).toBe(false);
    const at = await pointOf(page, 'p-pntr', 'PNTR');
    await page.mouse.move(at.x, at.y);
    await page.waitForTimeout(800);
    expect(await card(page).count()).toBe(0);
    expect(errors.filter((e) => /context invalidated|backgrounder/i.test(e))).toEqual([]);
    await page.close();
  });
});
