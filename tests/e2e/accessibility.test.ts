/**
 * Accessibility with axe-core: the popup, the options page (with clippings), the source
 * reader and a page with an open hover card. Also: the card is reachable and operable
 * from the keyboard, and focus returns where it was.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPopupFor, sendToActiveTab, tabIdOf, useExtension } from './support/chromium';
import { pointOf, waitForScan } from './support/page';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const FIXTURES = resolve(import.meta.dirname, '../fixtures/pages');

const env = useExtension(FIXTURES);

interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe in the page (evaluated through the driver, so no page CSP blocks it). */
async function axe(page: Page, include?: string): Promise<Violation[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (include) => {
    const run = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Violation[] }> } }).axe.run;
    const result = await run(include ? { include: [[include]] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, include);
}

async function article(): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.server.url}/demo-news.html`);
  await waitForScan(page, 10);
  return page;
}

describe('axe-core finds no violations', () => {
  it('on the popup', async () => {
    const page = await article();
    const popup = await openPopupFor(env.browser, page);
    await popup.getByRole('button', { name: 'Save selection' }).waitFor();
    expect(await axe(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('on the options page with clippings', async () => {
    const page = await article();
    const at = await pointOf(page, 'p-pntr', 'PNTR');
    await page.mouse.move(at.x, at.y);
    await page.locator('backgrounder-ui [role="dialog"]').getByRole('button', { name: 'Save' }).click();
    await page.locator('backgrounder-ui [role="dialog"]').getByRole('button', { name: 'Saved' }).waitFor();
    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await options.locator('li.clipping').first().waitFor();
    await options.getByText('Settings').click();
    await options.getByText('Export and import').click();
    expect(await axe(options)).toEqual([]);
    await options.close();
    await page.close();
  });

  it('on the source reader', async () => {
    const reader = await env.browser.context.newPage();
    await reader.goto(`chrome-extension://${env.browser.extensionId}/source.html?doc=004&start=100&end=400`);
    await reader.locator('mark.passage').first().waitFor();
    expect(await axe(reader)).toEqual([]);
    await reader.close();
  });

  it('on a page with an open hover card (the card itself)', async () => {
    const page = await article();
    const at = await pointOf(page, 'p-deal', 'Scott Bessent');
    await page.mouse.move(at.x, at.y);
    await page.locator('backgrounder-ui [role="dialog"][aria-busy="false"]').waitFor();
    expect(await axe(page, 'backgrounder-ui')).toEqual([]);
    await page.close();
  });
});

describe('keyboard', () => {
  it('opens a card from the shortcut, tabs through its buttons with visible focus, and returns focus on Escape', async () => {
    const page = await article();
    await page.evaluate(() => {
      const b = document.createElement('button');
      b.id = 'start';
      b.textContent = 'start';
      document.body.prepend(b);
      b.focus();
    });
    await tabIdOf(env.browser.worker, page);
    await sendToActiveTab(env.browser.worker, { type: 'card.showAtSelection', data: {} });
    const dialog = page.locator('backgrounder-ui [role="dialog"]');
    await dialog.locator('h2').waitFor();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const root = document.querySelector('backgrounder-ui')!.shadowRoot!;
      const el = root.activeElement as HTMLElement;
      return { tag: el?.tagName, outline: el ? getComputedStyle(el).outlineStyle : '' };
    });
    expect(focused.tag).toBe('BUTTON');
    expect(focused.outline).not.toBe('none');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('start');
    await page.close();
  });
});
