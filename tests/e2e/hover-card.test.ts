/**
 * The hover card in real Chromium with the built extension, on a fixture news page
 * served from 127.0.0.1.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { sendToActiveTab, useExtension } from './support/chromium';
import { paintedMentions, pointOf, waitForScan } from './support/page';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/pages');
let page: Page;

const env = useExtension(FIXTURES);
beforeEach(async () => {
  page = await env.browser.context.newPage();
  await page.goto(`${env.server.url}/demo-news.html`);
  await waitForScan(page, 10);
});

const card = (p: Page) => p.locator('backgrounder-ui').locator('[role="dialog"]');

describe('mentions on the page', () => {
  it('marks curated names, including names split across inline elements', async () => {
    const texts = (await paintedMentions(page)).map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(['PNTR', 'permanent normal trade relations', 'Scott Bessent', 'Phase One deal', 'Xi Jinping', 'Tesla’s Shanghai plant', 'Elon Musk', 'Vice President Han Zheng', 'X', 'Truth Social']));
  });

  it('skips text areas, editors, code and look-alike words', async () => {
    const blocks = (await paintedMentions(page)).map((m) => m.block);
    expect(blocks).not.toContain('comment');
    expect(blocks).not.toContain('editor');
    expect(blocks).not.toContain('comments');
    expect(blocks).not.toContain('p-plain');
    const inCode = await page.evaluate(() => [...CSS.highlights.get('backgrounder-mention')!].some((r) => (r as AbstractRange).startContainer.parentElement?.closest('pre')));
    expect(inCode).toBe(false);
  });

  it('leaves the page’s DOM, text and layout untouched', async () => {
    const fresh = await env.browser.context.newPage();
    await fresh.goto(`${env.server.url}/demo-news.html`);
    await waitForScan(fresh, 10);
    const snapshot = (p: Page) =>
      p.evaluate(() => ({
        html: document.body.innerHTML,
        nodes: document.getElementsByTagName('*').length,
        height: document.documentElement.scrollHeight,
        rect: JSON.stringify(document.getElementById('p-deal')!.getBoundingClientRect()),
      }));
    const withExt = await snapshot(fresh);
    const source = await (await fetch(`${env.server.url}/demo-news.html`)).text();
    const bare = await env.browser.context.newPage();
    // The same markup on about:blank, where no content script runs: the page without us.
    await bare.setContent(source);
    const without = await snapshot(bare);
    expect(withExt).toEqual(without);
    await fresh.close();
    await bare.close();
  });

  it('copies exactly the page’s text when a selection crosses a mention', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const expected = await page.evaluate(() => {
      const p = document.getElementById('p-deal')!;
      const r = document.createRange();
      r.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
      return getSelection()!.toString();
    });
    await page.keyboard.press('Control+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(expected);
    expect(copied).toContain('Treasury Secretary Scott Bessent said');
  });

  it('annotates a paragraph added after load within a second', async () => {
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'p-late';
      p.textContent = 'Later, Commerce Secretary Howard Lutnick joined the talks.';
      document.getElementById('story')!.append(p);
    });
    await expect.poll(async () => (await paintedMentions(page)).filter((m) => m.block === 'p-late').map((m) => m.text), { timeout: 1000, interval: 50 }).toEqual(['Howard Lutnick']);
  });

  it('records entity-scan measures with the number of mentions painted', async () => {
    const measures = await page.evaluate(() => performance.getEntriesByName('entity-scan').map((m) => (m as PerformanceMeasure).detail as { matches: number }));
    expect(measures.length).toBeGreaterThan(0);
    expect(measures.at(-1)!.matches).toBe((await paintedMentions(page)).length);
  });
});

describe('the hover card', () => {
  it('opens on a PNTR mention with its summary and a corpus excerpt, and closes on Escape', async () => {
    const at = await pointOf(page, 'p-pntr', 'PNTR');
    await page.mouse.move(at.x, at.y);
    const dialog = card(page);
    await expect.poll(() => dialog.count(), { timeout: 3000 }).toBe(1);
    await expect.poll(() => dialog.getAttribute('aria-busy')).toBe('false');
    expect(await dialog.locator('h2').textContent()).toBe('Permanent Normal Trade Relations (PNTR)');
    expect(await dialog.locator('.summary').textContent()).toContain('granted China more than 20 years ago');
    const excerpt = await dialog.locator('blockquote').first().textContent();
    expect(excerpt).toMatch(/permanent normal trading relations/i);
    expect(await dialog.locator('blockquote mark').first().textContent()).toMatch(/PNTR|permanent normal trading relations/);
    // Named by the entity for screen readers.
    const labelledBy = await dialog.getAttribute('aria-labelledby');
    expect(await dialog.locator(`#${labelledBy}`).textContent()).toBe('Permanent Normal Trade Relations (PNTR)');
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
  });

  it('shows where the sources differ about Musk, each side with its source', async () => {
    const at = await pointOf(page, 'p-tesla', 'Elon');
    await page.mouse.move(at.x, at.y);
    const dialog = card(page);
    await expect.poll(() => dialog.locator('h2').textContent().catch(() => null), { timeout: 3000 }).toBe('Elon Musk');
    const differ = dialog.getByRole('region', { name: 'Sources differ' });
    expect(await differ.textContent()).toContain('Breaking with Trump');
    expect(await differ.textContent()).toContain('Elon Musk has publicly distanced himself from former U.S. President Donald Trump');
    expect(await differ.locator('cite').allTextContents()).toContain('Musk’s Break With Trump, and Why China Cares');
  });

  it('does not open for a pointer that only crosses a mention', async () => {
    const at = await pointOf(page, 'p-pntr', 'PNTR');
    await page.mouse.move(at.x, at.y);
    await page.mouse.move(at.x, at.y + 200);
    await page.waitForTimeout(700);
    expect(await card(page).count()).toBe(0);
  });

  it('stays open while the pointer moves into it, and shows a related entity’s card', async () => {
    const at = await pointOf(page, 'p-deal', 'Scott Bessent');
    await page.mouse.move(at.x, at.y);
    const dialog = card(page);
    await expect.poll(() => dialog.locator('h2').textContent().catch(() => null), { timeout: 3000 }).toBe('Scott Bessent');
    const box = (await dialog.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 20, { steps: 5 });
    await page.waitForTimeout(600);
    expect(await dialog.count()).toBe(1);
    await dialog.getByRole('button', { name: 'U.S. Department of the Treasury' }).click();
    await expect.poll(() => dialog.locator('h2').textContent()).toBe('U.S. Department of the Treasury');
  });

  it('stays inside the viewport for a mention near the bottom edge', async () => {
    await page.setViewportSize({ width: 700, height: 500 });
    await page.evaluate(() => {
      const el = document.getElementById('p-x')!;
      document.body.style.paddingBottom = '1500px'; // room to scroll the line to the bottom edge
      window.scrollTo(0, el.getBoundingClientRect().top + scrollY - 440);
    });
    const at = await pointOf(page, 'p-x', 'Truth Social');
    await page.mouse.move(at.x, at.y);
    const dialog = card(page);
    await expect.poll(() => dialog.count(), { timeout: 3000 }).toBe(1);
    await page.waitForTimeout(100);
    const box = (await dialog.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(500);
    expect(box.y + box.height).toBeLessThanOrEqual(at.y); // flipped above the mention
  });

  it('"Read the source" opens the document in the extension, highlighting the passage', async () => {
    const at = await pointOf(page, 'p-pntr', 'PNTR');
    await page.mouse.move(at.x, at.y);
    const dialog = card(page);
    const read = dialog.getByRole('button', { name: 'Read the source' }).first();
    await read.waitFor({ timeout: 3000 });
    const [reader] = await Promise.all([page.context().waitForEvent('page'), read.click()]);
    await reader.waitForLoadState();
    expect(reader.url()).toContain(`chrome-extension://${env.browser.extensionId}/source.html`);
    const mark = reader.locator('mark.passage');
    await expect.poll(() => mark.count()).toBe(1);
    expect(await mark.textContent()).toMatch(/permanent normal trading relations/i);
    const inView = await mark.evaluate((m) => {
      const r = m.getBoundingClientRect();
      return r.top < innerHeight && r.bottom > 0;
    });
    expect(inView).toBe(true);
    await reader.close();
  });

  it('opens from the keyboard shortcut at the caret, takes focus, and gives it back on Escape', async () => {
    await page.evaluate(() => {
      const b = document.createElement('button');
      b.id = 'before';
      b.textContent = 'focus me';
      document.body.prepend(b);
      b.focus();
      const p = document.getElementById('p-tesla')!;
      const text = p.firstChild as Text;
      getSelection()!.collapse(text, text.data.indexOf('Shanghai'));
    });
    // Shortcuts cannot be pressed in headless Chromium; send what the command handler sends.
    await sendToActiveTab(env.browser.worker, { type: 'card.showAtSelection', data: {} });
    const dialog = card(page);
    await expect.poll(() => dialog.locator('h2').textContent().catch(() => null), { timeout: 3000 }).toBe('Tesla Gigafactory Shanghai');
    const focused = await page.evaluate(() => document.activeElement?.tagName.toLowerCase());
    expect(focused).toBe('backgrounder-ui');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('before');
  });
});
