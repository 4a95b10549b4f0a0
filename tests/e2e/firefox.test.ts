/**
 * Firefox ESR: the hover card opens on a mention, a clipping saved from the card is
 * listed on the options page and highlighted again when the page is reloaded, and a long
 * page shows the mentions in view after a jump to its middle.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox } from './support/firefox';
import { generatePage } from '../../scripts/bench/generate-page';
import { textPoint, unpaintedInView } from './support/page';
import { type StaticServer, serve } from './support/server';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/pages');
let server: StaticServer;
let browser: Browser;
let extensionUrl: (path: string) => string;
let page: Page;

beforeAll(async () => {
  server = await serve(FIXTURES);
  ({ browser, extensionUrl } = await launchFirefox());
  page = await browser.newPage();
  await page.goto(`${server.url}/demo-news.html`);
  await page.waitForFunction(() => {
    const m = performance.getEntriesByName('entity-scan').at(-1) as PerformanceMeasure | undefined;
    return m !== undefined && (m.detail as { matches: number }).matches >= 10;
  }, { timeout: 15_000 });
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function pointOf(p: Page, id: string, text: string): Promise<{ x: number; y: number }> {
  return p.evaluate(textPoint, [id, text] as const);
}

const cardTitle = (p: Page) => p.evaluate(() => document.querySelector('backgrounder-ui')?.shadowRoot?.querySelector('[role="dialog"] h2')?.textContent ?? null);

describe('Firefox ESR', () => {
  it('marks mentions with CSS highlights', async () => {
    const count = await page.evaluate(() => CSS.highlights.get('backgrounder-mention')?.size ?? 0);
    expect(count).toBeGreaterThanOrEqual(10);
  });

  it('opens the hover card on a PNTR mention and closes it on Escape', async () => {
    const at = await pointOf(page, 'p-pntr', 'PNTR');
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => cardTitle(page), { timeout: 5000 }).toBe('Permanent Normal Trade Relations (PNTR)');
    const excerpt = await page.evaluate(() => document.querySelector('backgrounder-ui')!.shadowRoot!.querySelector('blockquote')!.textContent);
    expect(excerpt).toMatch(/permanent normal trading relations/i);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardTitle(page)).toBe(null);
  });

  it('saves a sentence from the card and lists it on the options page', async () => {
    await page.mouse.move(1, 1);
    const at = await pointOf(page, 'p-tesla', 'Shanghai plant');
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => cardTitle(page), { timeout: 5000 }).toBe('Tesla Gigafactory Shanghai');
    await page.evaluate(() => {
      const buttons = [...document.querySelector('backgrounder-ui')!.shadowRoot!.querySelectorAll('button')];
      buttons.find((b) => b.textContent === 'Save')!.click();
    });
    await expect
      .poll(() => page.evaluate(() => [...document.querySelector('backgrounder-ui')!.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent === 'Saved')), { timeout: 5000 })
      .toBe(true);
    // Extension pages cannot be opened by the test driver; the card's own link opens them.
    await page.evaluate(() => {
      const link = [...document.querySelector('backgrounder-ui')!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Open clippings')!;
      link.click();
    });
    // The driver reports extension pages as about:blank; ask each page where it is.
    const findOptions = async () => {
      for (const p of await browser.pages()) {
        if ((await p.evaluate(() => location.href).catch(() => '')) === extensionUrl('options.html')) return p;
      }
      return undefined;
    };
    await expect.poll(findOptions, { timeout: 10_000 }).toBeTruthy();
    const options = (await findOptions())!;
    await options.waitForSelector('li.clipping', { timeout: 10_000 });
    const text = await options.$eval('li.clipping blockquote', (b) => b.textContent);
    expect(text).toBe('Investors are watching Tesla’s Shanghai plant, the carmaker’s largest factory outside the United States.');
    const mentions = await options.$eval('li.clipping [aria-label="Mentions"]', (b) => b.textContent);
    expect(mentions).toContain('Tesla Gigafactory Shanghai');
  });

  it('highlights the saved sentence again when the page is reloaded', async () => {
    const before = await page.evaluate(() => performance.timeOrigin);
    await page.reload();
    expect(await page.evaluate(() => performance.timeOrigin)).not.toBe(before);
    const saved = () =>
      page.evaluate(() =>
        [...(CSS.highlights.get('backgrounder-clipping') ?? [])].map((r) => {
          const s = r as AbstractRange;
          const x = document.createRange();
          x.setStart(s.startContainer, s.startOffset);
          x.setEnd(s.endContainer, s.endOffset);
          return x.toString();
        }),
      );
    await expect.poll(saved, { timeout: 5000 }).toEqual(['Investors are watching Tesla’s Shanghai plant, the carmaker’s largest factory outside the United States.']);
  });

  it('paints the mentions in view on a 50,000-word page after a jump to its middle', async () => {
    // Far blocks are watched in groups by their ends (near-groups.ts): after a jump an
    // end within reach must still report, so that the group's blocks in view are painted.
    server.route('/long.html', generatePage(50_000));
    const long = await browser.newPage();
    await long.goto(`${server.url}/long.html`);
    await long.waitForFunction(() => {
      const m = performance.getEntriesByName('entity-scan').at(-1) as PerformanceMeasure | undefined;
      return m !== undefined && (m.detail as { matches: number }).matches >= 2000;
    }, { timeout: 30_000 });
    await long.evaluate(() => scrollTo(0, document.documentElement.scrollHeight * 0.37));
    await expect.poll(async () => (await long.evaluate(unpaintedInView)).unpainted, { timeout: 3000 }).toBe(0);
    expect((await long.evaluate(unpaintedInView)).inView).toBeGreaterThan(0);
    await long.close();
  });
});
