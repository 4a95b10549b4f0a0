/**
 * Clippings end to end in Chromium: save a selection from the popup and a sentence from
 * a card, find them on the options page with their entities, keep them across a browser
 * restart, and carry them to a fresh profile by export and import.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, openPopupFor, saveSelectionFromPopup, useExtension } from './support/chromium';
import { pointOf, waitForScan } from './support/page';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/pages');

const env = useExtension(FIXTURES);

async function openArticle(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${env.server.url}/demo-news.html?utm_source=newsletter#comments`);
  await waitForScan(page, 10);
  return page;
}

/** Exports from the options page with one of its export buttons; returns the file's path. */
async function exportAs(options: Page, button: string): Promise<string> {
  await options.getByText('Export and import').click();
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: button }).click()]);
  return download.path();
}

/** Opens the options page of `b` and imports `file` there. */
async function importInto(b: ExtensionBrowser, file: string): Promise<Page> {
  const options = await openOptions(b);
  await options.getByText('Export and import').click();
  await options.locator('input[type="file"]').setInputFiles(file);
  return options;
}

async function openOptions(b: ExtensionBrowser): Promise<Page> {
  const options = await b.context.newPage();
  await options.goto(`chrome-extension://${b.extensionId}/options.html`);
  await options.locator('.clippings, .muted').first().waitFor();
  return options;
}

function selectText(page: Page, id: string, from: string, to: string) {
  return page.evaluate(
    ([id, from, to]) => {
      const text = document.getElementById(id)!.firstChild as Text;
      const r = document.createRange();
      r.setStart(text, text.data.indexOf(from));
      r.setEnd(text, text.data.indexOf(to) + to.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    },
    [id, from, to] as const,
  );
}

/** The text of each saved passage highlighted on the page. */
function highlightedPassages(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...(CSS.highlights.get('backgrounder-clipping') ?? [])].map((r) => {
      const x = document.createRange();
      x.setStart((r as AbstractRange).startContainer, (r as AbstractRange).startOffset);
      x.setEnd((r as AbstractRange).endContainer, (r as AbstractRange).endOffset);
      return x.toString();
    }),
  );
}

describe('saving and reviewing clippings', () => {
  it('saves a selection from the popup with a note and tags, and says so only after it is stored', async () => {
    const page = await openArticle(env.browser.context);
    await selectText(page, 'p-pntr', 'Lawmakers', 'decades ago.');
    const popup = await openPopupFor(env.browser, page);
    await expect.poll(() => popup.getByRole('button', { name: 'Permanent Normal Trade Relations (PNTR)' }).count()).toBe(1);
    // At a glance: names on the page, how often, and the sources that connect them.
    const glance = popup.getByRole('region', { name: 'This page at a glance' });
    expect(await glance.locator('li', { hasText: 'Elon Musk' }).textContent()).toBe('Elon Musk · Person · 3×');
    const connect = popup.getByRole('region', { name: 'How they connect' });
    expect(await connect.locator('li').count()).toBeGreaterThan(0);
    expect(await connect.locator('li strong').first().textContent()).toMatch(/ \+ /);
    await popup.getByLabel('Note (optional)').fill('Congress debate');
    await popup.getByLabel('Tags, separated by commas (optional)').fill('pntr, congress');
    await popup.getByRole('button', { name: 'Save selection' }).click();
    await expect.poll(() => popup.getByRole('status').last().textContent()).toBe('Selection saved.');
    await popup.close();
    await page.close();
  });

  it('tells the reader when nothing is selected, and keeps what they typed', async () => {
    const page = await openArticle(env.browser.context);
    const popup = await openPopupFor(env.browser, page);
    await popup.getByLabel('Note (optional)').fill('keep me');
    await popup.getByRole('button', { name: 'Save selection' }).click();
    await expect.poll(() => popup.locator('p[role="status"]').textContent()).toBe('Select some text on the page first.');
    expect(await popup.getByLabel('Note (optional)').inputValue()).toBe('keep me');
    await popup.close();
    await page.close();
  });

  it('saves the sentence around a mention from the card', async () => {
    const page = await openArticle(env.browser.context);
    const at = await pointOf(page, 'p-tesla', 'Shanghai plant');
    await page.mouse.move(at.x, at.y);
    const card = page.locator('backgrounder-ui [role="dialog"]');
    await card.getByRole('button', { name: 'Save' }).click({ timeout: 5000 });
    await expect.poll(() => card.getByRole('button', { name: 'Saved' }).count()).toBe(1);
    await page.close();
  });

  it('saves the whole article from the popup', async () => {
    const page = await openArticle(env.browser.context);
    const popup = await openPopupFor(env.browser, page);
    await popup.getByRole('button', { name: 'Save article' }).click();
    await expect.poll(() => popup.locator('p[role="status"]').textContent()).toBe('Article saved.');
    await popup.close();
    await page.close();
  });

  it('lists them on the options page, newest first, with entities, tags and a normalised URL', async () => {
    const options = await openOptions(env.browser);
    const items = options.locator('li.clipping');
    await expect.poll(() => items.count()).toBe(3);
    const [article, card, selection] = [items.nth(0), items.nth(1), items.nth(2)];
    expect(await article.locator('.meta').textContent()).toContain('Article');
    expect(await card.locator('blockquote').textContent()).toBe('Investors are watching Tesla’s Shanghai plant, the carmaker’s largest factory outside the United States.');
    expect(await card.getByRole('list', { name: 'Mentions' }).textContent()).toContain('Tesla Gigafactory Shanghai');
    expect(await selection.getByRole('list', { name: 'Mentions' }).textContent()).toContain('Permanent Normal Trade Relations (PNTR)');
    expect(await selection.getByRole('list', { name: 'Tags' }).textContent()).toBe('#pntr#congress');
    expect(await selection.locator('h2 a').getAttribute('href')).toBe(`${env.server.url}/demo-news.html`);
    // Search and filter.
    await options.getByRole('searchbox', { name: 'Search clippings' }).fill('congress debate');
    await expect.poll(() => items.count()).toBe(1);
    await options.getByRole('button', { name: 'Clear filters' }).click();
    await options.getByLabel('Filter by entity').selectOption({ label: 'Tesla Gigafactory Shanghai' });
    await expect.poll(() => items.count()).toBe(2);
    await options.close();
  });

  it('edits a note, and deletes with undo', async () => {
    const options = await openOptions(env.browser);
    const first = options.locator('li.clipping').first();
    await first.getByRole('button', { name: 'Edit note and tags' }).click();
    await first.getByLabel('Note').fill('read later');
    await first.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => options.locator('li.clipping .note').first().textContent()).toBe('read later');
    await options.locator('li.clipping').first().getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => options.locator('li.clipping').count()).toBe(2);
    await options.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => options.locator('li.clipping').count()).toBe(3);
    await options.reload();
    await expect.poll(() => options.locator('li.clipping').count()).toBe(3);
    await options.close();
  });

  it('keeps every clipping across a browser restart on the same profile', async () => {
    const profile = env.browser.profile;
    await env.browser.close({ keepProfile: true });
    env.browser = await launchWithExtension({ profile });
    const options = await openOptions(env.browser);
    await expect.poll(() => options.locator('li.clipping').count()).toBe(3);
    await options.close();
  });

  it('exports JSON and imports it into a fresh profile with the same clippings', async () => {
    const options = await openOptions(env.browser);
    const file = await exportAs(options, 'Export all as JSON');
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.clippings).toHaveLength(3);

    const fresh = await launchWithExtension();
    try {
      const other = await importInto(fresh, file);
      await expect.poll(() => other.getByRole('status').first().textContent()).toContain('Imported 3 clippings');
      const texts = await other.locator('li.clipping blockquote').allTextContents();
      const original = await options.locator('li.clipping blockquote').allTextContents();
      expect(texts).toEqual(original);
      // Importing the same file again keeps them as they are.
      await other.locator('input[type="file"]').setInputFiles(file);
      await expect.poll(() => other.getByRole('status').first().textContent()).toContain('Imported 0 clippings; kept 3 already here');
      expect(await other.locator('li.clipping').count()).toBe(3);
      // The imported passages show on the page they came from, as in the profile that saved them.
      const anchored = exported.clippings.filter((c: { anchor: unknown }) => c.anchor).length;
      expect(anchored).toBeGreaterThan(0);
      const page = await fresh.context.newPage();
      await page.goto(`${env.server.url}/demo-news.html`);
      await expect.poll(() => page.evaluate(() => CSS.highlights.get('backgrounder-clipping')?.size ?? 0), { timeout: 5000 }).toBe(anchored);
    } finally {
      await fresh.close();
    }
  });

  it('exports W3C Web Annotations and imports them into a fresh profile without loss', async () => {
    const options = await openOptions(env.browser);
    const file = await exportAs(options, 'Export all as Web Annotations');
    const collection = JSON.parse(readFileSync(file, 'utf8'));
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    const withSelector = collection.first.items.find((a: { target: { selector?: unknown[] } }) => a.target.selector);
    expect(withSelector.target.selector.map((s: { type: string }) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    const fresh = await launchWithExtension();
    try {
      const other = await importInto(fresh, file);
      await expect.poll(() => other.getByRole('status').first().textContent()).toContain(`Imported ${collection.total} clippings`);
      const snapshot = (p: typeof options) => p.locator('li.clipping').evaluateAll((items) => items.map((li) => li.textContent));
      expect(await snapshot(other)).toEqual(await snapshot(options));
    } finally {
      await fresh.close();
    }
  });
});

describe('saved articles are data', () => {
  it('stores sanitized HTML, and showing it runs nothing and requests nothing', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.url}/hostile-article.html`);
    await waitForScan(page, 3);
    const popup = await openPopupFor(env.browser, page);
    await popup.getByRole('button', { name: 'Save article' }).click();
    await expect.poll(() => popup.locator('p[role="status"]').textContent()).toBe('Article saved.');
    await popup.close();
    await page.close();

    const before = env.server.requests.length;
    const options = await openOptions(env.browser);
    const item = options.locator('li.clipping', { hasText: 'Tariff talks, with trackers' });
    await item.getByRole('button', { name: 'Show the saved article' }).click();
    const shown = item.locator('.article-html');
    await expect.poll(() => shown.textContent()).toContain('Treasury Secretary Scott Bessent said on Monday');
    await options.waitForTimeout(500);
    const html = await shown.innerHTML();
    expect(html).not.toMatch(/<img|<iframe|<script|<form|<input|onerror|javascript:|style=/i);
    expect(await options.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(env.server.requests.slice(before)).toEqual([]);
    expect(await item.locator('.meta').textContent()).toContain('A. Reporter');
    await options.close();
  });
});

describe('clippings come back', () => {
  const v1 = '<!doctype html><html><head><title>Changing story</title></head><body><p id="a">Treasury Secretary Scott Bessent said Beijing should make catch-up purchases.</p><p id="b">Xi Jinping replied that talks should continue without conditions.</p></body></html>';
  const v2 = '<!doctype html><html><head><title>Changing story</title></head><body><p id="new">An editor’s note was added at the top of this story.</p><p id="a">Treasury Secretary Scott Bessent said Beijing should make catch-up purchases.</p><p id="c">The second paragraph was removed.</p></body></html>';

  it('highlights saved passages again on a revisit, and lists those it cannot find', async () => {
    env.server.route('/changing.html', v1);
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.url}/changing.html`);
    await waitForScan(page, 2);
    for (const id of ['a', 'b']) {
      await selectText(page, id, id === 'a' ? 'Scott' : 'Xi', id === 'a' ? 'purchases.' : 'conditions.');
      await saveSelectionFromPopup(env.browser, page);
    }
    // The story changes: a paragraph above, one of the saved passages gone.
    env.server.route('/changing.html', v2);
    await page.reload();
    await waitForScan(page, 1);
    await expect
      .poll(() => highlightedPassages(page), { timeout: 3000 })
      .toEqual(['Scott Bessent said Beijing should make catch-up purchases.']);
    const popup = await openPopupFor(env.browser, page);
    const here = popup.getByRole('region', { name: 'Your clippings here' });
    await expect.poll(() => here.locator('li').count()).toBe(2);
    const rows = await here.locator('li').allTextContents();
    expect(rows.find((r) => r.includes('Scott Bessent'))).toContain('highlighted');
    expect(rows.find((r) => r.includes('Xi Jinping'))).toContain('not found on this page');
    await popup.close();
    await page.close();
  });

  it('highlights a saved passage again on a page that renders its story after loading', async () => {
    // The story arrives 800 ms after load: after the page has first asked for its clippings.
    env.server.route('/late.html', `<!doctype html><html><head><title>Late story</title></head><body><main id="view"><p>Loading…</p></main><script>
      setTimeout(() => { document.getElementById('view').innerHTML = '<p id="late">Scott Bessent said Beijing should make catch-up purchases of soybeans.</p>'; }, 800);</script></body></html>`);
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.url}/late.html`);
    await waitForScan(page, 1);
    await selectText(page, 'late', 'Beijing', 'soybeans.');
    await saveSelectionFromPopup(env.browser, page);

    await page.reload();
    await expect
      .poll(() => highlightedPassages(page), { timeout: 4000 })
      .toEqual(['Beijing should make catch-up purchases of soybeans.']);
    await page.close();
  });

  it('highlights a saved passage again after a single-page site navigates to its story', async () => {
    // A client-side router: the URL changes with pushState, and the story arrives a moment later.
    const shell = (story: string) => `<!doctype html><html><head><title>Live desk</title></head><body><a id="next" href="/desk/story-b">Next</a><main id="view">${story}</main><script>
      document.getElementById('next').addEventListener('click', (e) => {
        e.preventDefault();
        history.pushState({}, '', '/desk/story-b');
        document.getElementById('view').replaceChildren();
        setTimeout(() => { document.getElementById('view').innerHTML = '<p id="b">Howard Lutnick said the talks with Beijing would resume in March.</p>'; }, 400);
      });</script></body></html>`;
    env.server.route('/desk/story-a', shell('<p id="a">Scott Bessent spoke first.</p>'));
    env.server.route('/desk/story-b', shell('<p id="b">Howard Lutnick said the talks with Beijing would resume in March.</p>'));

    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.url}/desk/story-b`);
    await waitForScan(page, 1);
    await selectText(page, 'b', 'Howard', 'Beijing');
    await saveSelectionFromPopup(env.browser, page);

    await page.goto(`${env.server.url}/desk/story-a`);
    await waitForScan(page, 1);
    await page.waitForTimeout(500);
    expect(await highlightedPassages(page)).toEqual([]);
    await page.click('#next');
    await expect.poll(() => highlightedPassages(page), { timeout: 3000 }).toEqual(['Howard Lutnick said the talks with Beijing']);
    // The popup lists the clippings of the story shown, not of the page first loaded.
    const list = await openPopupFor(env.browser, page);
    const here = list.getByRole('region', { name: 'Your clippings here' });
    await expect.poll(() => here.locator('li').allTextContents()).toEqual([expect.stringContaining('Howard Lutnick')]);
    expect(await here.locator('li').first().textContent()).toContain('highlighted');
    await list.close();
    await page.close();
  });
});
