/**
 * Page compatibility in Chromium, with the extension on and, where it matters, off:
 * hydration, editors, strict CSP with Trusted Types, hostile CSS, frames and shadow DOM,
 * right-to-left text, 200% zoom, infinite scroll, and single-page navigation.
 */
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Chromium, type ExtensionBrowser, launchChromium, launchWithExtension } from './support/chromium';
import { paintedMentions, pointOf, waitForScan } from './support/page';
import { type StaticServer, serve } from './support/server';

const DIR = resolve(import.meta.dirname, '../fixtures/compat');
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";
let server: StaticServer;
let browser: ExtensionBrowser;
let plain: Chromium;

beforeAll(async () => {
  server = await serve(DIR);
  const { readFileSync } = await import('node:fs');
  server.route('/csp.html', readFileSync(join(DIR, 'csp.html'), 'utf8'), { 'content-security-policy': CSP });
  browser = await launchWithExtension();
  plain = await launchChromium({ extensionDir: null });
});
afterAll(async () => {
  await browser?.close();
  await plain?.close();
  await server?.close();
});

/** A page with every error and CSP violation it reports collected. */
async function open(context: BrowserContext, path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && errors.push(m.text()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`));
  });
  await page.goto(`${server.url}/${path}`);
  return { page, errors };
}

const card = (p: Page) => p.locator('backgrounder-ui [role="dialog"]');

async function hoverCard(page: Page, id: string, text: string): Promise<void> {
  const at = await pointOf(page, id, text);
  await page.mouse.move(at.x, at.y);
  await expect.poll(() => card(page).getAttribute('aria-busy').catch(() => null), { timeout: 5000 }).toBe('false');
}

describe('page compatibility', () => {
  it('a page hydrated by Preact still hydrates, responds and re-renders; re-rendered names are annotated', async () => {
    for (const context of [browser.context, plain.context]) {
      const { page, errors } = await open(context, 'hydrate.html');
      await page.waitForFunction(() => (window as unknown as { __hydrated?: boolean }).__hydrated);
      if (context === browser.context) await waitForScan(page, 2);
      await page.click('#more');
      await expect.poll(() => page.textContent('#count')).toBe('Updates: 1');
      expect(await page.textContent('#lead')).toBe('Update 1: Elon Musk met Li Qiang about Tesla’s Shanghai plant.');
      if (context === browser.context) {
        await expect.poll(async () => (await paintedMentions(page)).filter((m) => m.block === 'lead').map((m) => m.text), { timeout: 1500 }).toEqual(['Elon Musk', 'Li Qiang', 'Tesla’s Shanghai plant']);
      }
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('editors: nothing annotated inside; typing and the caret behave as without the extension', async () => {
    const results: unknown[] = [];
    for (const context of [browser.context, plain.context]) {
      const { page, errors } = await open(context, 'editors.html');
      if (context === browser.context) await waitForScan(page, 2);
      await page.click('#ta');
      await page.keyboard.press('End');
      await page.keyboard.type(' met Elon Musk');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.type('!');
      await page.click('#rich p');
      await page.keyboard.press('End');
      await page.keyboard.type(', said Xi Jinping');
      await page.waitForTimeout(400);
      const state = await page.evaluate(() => ({
        ta: (document.getElementById('ta') as HTMLTextAreaElement).value,
        caret: (document.getElementById('ta') as HTMLTextAreaElement).selectionStart,
        rich: document.getElementById('rich')!.textContent,
        richHtml: document.getElementById('rich')!.innerHTML,
      }));
      results.push(state);
      if (context === browser.context) {
        const blocks = (await paintedMentions(page)).map((m) => m.block);
        expect(blocks).toEqual(['prose', 'prose']);
      }
      expect(errors).toEqual([]);
      await page.close();
    }
    expect(results[0]).toEqual(results[1]);
    expect((results[0] as { ta: string }).ta).toBe('Draft about Xi Jinping and PNTR met Elon Mus!k');
  });

  it('strict CSP with Trusted Types: marks and the card work, and we cause no violation', async () => {
    const { page, errors } = await open(browser.context, 'csp.html');
    await waitForScan(page, 3);
    await hoverCard(page, 'p1', 'Scott Bessent');
    expect(await card(page).locator('h2').textContent()).toBe('Scott Bessent');
    const bg = await card(page).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)'); // our stylesheet applied despite style-src 'self'
    expect(errors).toEqual([]);
    await page.close();
  });

  it('hostile global CSS: the card keeps its own look, above everything', async () => {
    const { page, errors } = await open(browser.context, 'hostile.html');
    await waitForScan(page, 2);
    await hoverCard(page, 'p1', 'Scott Bessent');
    const look = await card(page).evaluate((el) => {
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return { font: s.fontFamily, color: s.color, width: r.width, visible: r.height > 100, top: document.elementFromPoint(r.left + 20, r.top + 20)?.tagName };
    });
    expect(look.font).not.toMatch(/Comic/);
    expect(look.color).not.toBe('rgb(255, 0, 255)');
    expect(look.width).toBeGreaterThan(300);
    expect(look.visible).toBe(true);
    expect(look.top).toBe('BACKGROUNDER-UI'); // nothing of the page covers it
    expect(errors).toEqual([]);
    await page.close();
  });

  it('frames and shadow DOM: the top document is annotated, frames and shadow roots are left alone, without errors', async () => {
    const { page, errors } = await open(browser.context, 'frames.html');
    await waitForScan(page, 1);
    await page.waitForTimeout(800);
    expect((await paintedMentions(page)).map((m) => m.text)).toEqual(['Xi Jinping']);
    for (const frame of page.frames().slice(1)) {
      const marked = await frame.evaluate(() => CSS.highlights.get('backgrounder-mention')?.size ?? 0);
      expect(marked).toBe(0);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('right-to-left text: names inside Arabic and Hebrew are annotated and the card stays in view', async () => {
    const { page, errors } = await open(browser.context, 'rtl.html');
    await waitForScan(page, 5);
    expect((await paintedMentions(page)).map((m) => m.text)).toEqual(['Xi Jinping', 'Scott Bessent', 'PNTR', 'Scott Bessent', 'Xi Jinping']);
    await hoverCard(page, 'p1', 'Xi Jinping');
    const box = (await card(page).boundingBox())!;
    const vw = await page.evaluate(() => innerWidth);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(vw);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('200% zoom: the card opens on the mention under the pointer', async () => {
    const { page, errors } = await open(browser.context, 'csp.html');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 2 });
    await waitForScan(page, 3);
    await page.evaluate(() => ((document.documentElement.style as unknown as { zoom: string }).zoom = '2'));
    await hoverCard(page, 'p2', 'Xi Jinping');
    expect(await card(page).locator('h2').textContent()).toBe('Xi Jinping');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('single-page navigation: the old story’s marks go, the new story is annotated', async () => {
    const { page, errors } = await open(browser.context, 'spa.html');
    await waitForScan(page, 2);
    await page.click('#next');
    expect(page.url()).toBe(`${server.url}/story-2`);
    await expect.poll(async () => (await paintedMentions(page)).map((m) => m.text), { timeout: 1500 }).toEqual(['Howard Lutnick', 'Elon Musk']);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('infinite scroll', () => {
  it('50 paragraphs every 100 ms for 30 s: new mentions annotated, CPU bounded, no feedback loop', async () => {
    const { page, errors } = await open(browser.context, 'infinite.html');
    await waitForScan(page, 1);
    const started = await page.evaluate(() => performance.now());
    await page.waitForTimeout(30_000);
    const state = await page.evaluate((started) => {
      clearInterval((window as unknown as { __timer: number }).__timer);
      const m = performance.getEntriesByName('entity-scan').filter((e) => e.startTime >= started) as PerformanceMeasure[];
      return {
        added: (window as unknown as { __added: number }).__added,
        scanMs: m.reduce((s, e) => s + e.duration, 0),
        elapsed: performance.now() - started,
        durations: m.map((e) => e.duration).sort((a, b) => a - b),
      };
    }, started);
    await page.waitForTimeout(1000);
    const found = await page.evaluate(() => ((performance.getEntriesByName('entity-scan').at(-1) as PerformanceMeasure).detail as { matches: number }).matches);
    // Only blocks near the viewport are painted: the newest paragraph is, once scrolled to.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    const lastMarked = () =>
      page.evaluate((n) => {
        for (const r of CSS.highlights.get('backgrounder-mention')!) if (((r as AbstractRange).startContainer.parentElement as HTMLElement).id === `item-${n - 1}`) return true;
        return false;
      }, state.added);
    await expect.poll(lastMarked, { timeout: 2000 }).toBe(true);
    const settled = await page.evaluate(() => performance.getEntriesByName('entity-scan').length);
    await page.waitForTimeout(1000);
    const after = await page.evaluate(() => performance.getEntriesByName('entity-scan').length);
    expect(state.added).toBeGreaterThan(10_000);
    expect(found).toBe(1 + state.added * 3);
    // Bounded: scanning takes a small share of the time, in short slices.
    const longest = state.durations.at(-1)!;
    const p95 = state.durations[Math.floor(state.durations.length * 0.95)]!;
    expect(state.scanMs / state.elapsed).toBeLessThan(0.25);
    expect(longest).toBeLessThan(50);
    // ...and stops when the page stops changing: nothing of ours triggers more scans.
    expect(after).toBe(settled);
    expect(errors).toEqual([]);
    console.log(`infinite scroll: ${state.added} paragraphs in ${(state.elapsed / 1000).toFixed(1)} s, scan ${state.scanMs.toFixed(0)} ms (${((100 * state.scanMs) / state.elapsed).toFixed(1)}% of the time), 95th percentile slice ${p95.toFixed(1)} ms, longest ${longest.toFixed(1)} ms`);
    await page.close();
  }, 90_000);
});
