/**
 * npm start: opens Chromium with the built extension on the bundled demo news page.
 * With a display it opens a window and waits until you close it; without one it runs
 * headless, opens a hover card and writes a screenshot, saying where.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension } from '../tests/e2e/support/chromium';
import { pointOf, waitForScan } from '../tests/e2e/support/page';
import { serve } from '../tests/e2e/support/server';

const root = resolve(import.meta.dirname, '..');
const shotDir = join(root, '.tmp');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const server = await serve(join(root, 'tests/fixtures/pages'));
const browser = await launchWithExtension({ headless });
const page = await browser.context.newPage();
await page.goto(`${server.url}/demo-news.html`);
await waitForScan(page);
console.log(`Backgrounder is running on ${server.url}/demo-news.html`);

if (headless) {
  const at = await pointOf(page, 'p-pntr', 'PNTR');
  await page.mouse.move(at.x, at.y);
  await page.locator('backgrounder-ui [role="dialog"][aria-busy="false"]').waitFor({ timeout: 5000 });
  mkdirSync(shotDir, { recursive: true });
  const file = join(shotDir, 'hover-card.png');
  await page.screenshot({ path: file });
  console.log(`No display: ran headless and saved a screenshot of an open hover card to ${file}`);
  await browser.close();
  await server.close();
} else {
  console.log('Rest the pointer on an underlined name. Close the browser window to stop.');
  await new Promise<void>((done) => browser.context.on('close', () => done()));
  await server.close();
}
