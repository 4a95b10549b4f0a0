/**
 * The reader's settings reach every open page in real Chromium: a hidden entity type is
 * not marked, a site turned off is not annotated, and a change applies without a reload.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../knowledge/types';
import { type Settings, DEFAULT_SETTINGS, SETTINGS_KEY } from '../../settings/settings';
import { useExtension } from './support/chromium';
import { paintedMentions, waitForScan } from './support/page';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/pages');
const env = useExtension(FIXTURES);

/** The extension's storage.local, as its service worker sees it. */
type WorkerStorage = { chrome: { storage: { local: { set(items: object): Promise<void>; remove(key: string): Promise<void> } } } };

/** Writes the settings as the options page does: to storage.local, from the extension. */
function setSettings(settings: Settings): Promise<void> {
  return env.browser.worker.evaluate(([key, value]) => (globalThis as unknown as WorkerStorage).chrome.storage.local.set({ [key]: value }), [SETTINGS_KEY, settings] as const);
}

async function painted(page: Page): Promise<string[]> {
  return (await paintedMentions(page)).map((m) => m.text);
}

afterEach(async () => {
  await env.browser.worker.evaluate((key) => (globalThis as unknown as WorkerStorage).chrome.storage.local.remove(key), SETTINGS_KEY);
});

describe('settings on the page', () => {
  it('leaves a hidden type unmarked, and marks it once the reader shows it again, without a reload', async () => {
    await setSettings({ ...DEFAULT_SETTINGS, types: ENTITY_TYPES.filter((t) => t !== 'person') });
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.url}/demo-news.html`);
    await waitForScan(page, 5);
    const hidden = await painted(page);
    expect(hidden).toEqual(expect.arrayContaining(['PNTR', 'Phase One deal', 'Tesla’s Shanghai plant']));
    expect(hidden).not.toContain('Xi Jinping');
    expect(hidden).not.toContain('Scott Bessent');

    await setSettings(DEFAULT_SETTINGS);
    await expect.poll(() => painted(page), { timeout: 3000 }).toEqual(expect.arrayContaining(['Xi Jinping', 'Scott Bessent', 'PNTR']));
    await page.close();
  });

  it('annotates nothing on a site the reader turned off, and annotates it once turned back on', async () => {
    await setSettings({ ...DEFAULT_SETTINGS, disabledSites: ['127.0.0.1'] });
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.url}/demo-news.html`);
    // Long enough for the whole page to have been scanned, were the site on (~100 ms).
    await page.waitForTimeout(1500);
    expect(await painted(page)).toEqual([]);

    await setSettings(DEFAULT_SETTINGS);
    await expect.poll(() => painted(page), { timeout: 3000 }).toEqual(expect.arrayContaining(['Xi Jinping', 'PNTR']));
    await page.close();
  });
});
