/** The knowledge explorer, reached from a card, walked by timeline and relations. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtension } from './support/chromium';
import { pointOf, waitForScan } from './support/page';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/pages');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let explorer: Page;

const env = useExtension(FIXTURES);

describe('knowledge explorer', () => {
  it('opens from a card at that entity, with every corpus passage that mentions it', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.url}/demo-news.html`);
    await waitForScan(page, 10);
    const at = await pointOf(page, 'p-tesla', 'Elon');
    await page.mouse.move(at.x, at.y);
    const card = page.locator('backgrounder-ui [role="dialog"]');
    [explorer] = await Promise.all([page.context().waitForEvent('page'), card.getByRole('button', { name: 'Explore' }).click({ timeout: 5000 })]);
    await explorer.waitForLoadState();
    expect(explorer.url()).toBe(`chrome-extension://${env.browser.extensionId}/explorer.html#elon-musk`);
    await expect.poll(() => explorer.locator('#entity-name').textContent()).toContain('Elon Musk');
    const heading = await explorer.getByRole('region', { name: 'Every passage' }).locator('h3').textContent();
    const count = Number(/\((\d+)\)/.exec(heading!)![1]);
    expect(count).toBeGreaterThan(10);
    expect(await explorer.locator('section[aria-label="Every passage"] .passage').count()).toBe(count);
    expect(await explorer.locator('section[aria-label="Every passage"] mark').first().textContent()).toMatch(/Musk/);
    expect(await explorer.getByRole('region', { name: 'Sources differ: Musk and Trump' }).count()).toBe(1);
    await page.close();
  });

  it('lists entities by type, with search', async () => {
    await explorer.getByRole('searchbox', { name: 'Search entities' }).fill('treasury');
    const names = await explorer.locator('nav[aria-label="Entities"] li button').allTextContents();
    expect(names).toContain('U.S. Department of the Treasury');
    expect(names).toContain('Scott Bessent');
    expect(names).not.toContain('Tesla');
    await explorer.getByRole('searchbox', { name: 'Search entities' }).fill('');
    expect(await explorer.locator('nav[aria-label="Entities"] section').count()).toBe(11);
  });

  it('walks from the timeline and through the relation map', async () => {
    await explorer.getByRole('link', { name: /2020 Phase One trade deal signed/ }).click();
    await expect.poll(() => explorer.locator('#entity-name').textContent()).toContain('Phase One');
    await explorer.getByRole('list', { name: /Entities related to/ }).getByRole('link', { name: 'Scott Bessent' }).click();
    await expect.poll(() => explorer.locator('#entity-name').textContent()).toContain('Scott Bessent');
    expect(explorer.url()).toContain('#scott-bessent');
  });

  it('has no axe-core violations', async () => {
    await explorer.evaluate(AXE);
    const violations = await explorer.evaluate(async () => {
      const r = await (window as unknown as { axe: { run(d: Document): Promise<{ violations: { id: string }[] }> } }).axe.run(document);
      return r.violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
  });
});
