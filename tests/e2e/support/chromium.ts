/**
 * Launches the system Chromium with the built extension, through playwright-core.
 * CHROME_PATH overrides the binary. Flags are the ones this machine needs as root and
 * offline (see README: Testing).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type Worker, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type StaticServer, serve } from './server';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profile: string;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

export function chromePath(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

export interface LaunchOptions {
  profile?: string;
  headless?: boolean;
  extensionDir?: string;
  extraArgs?: string[];
}

export interface Chromium {
  context: BrowserContext;
  profile: string;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

/**
 * Chromium on a fresh (or given) profile, with an unpacked extension loaded, or with none
 * when `extensionDir` is null (the "extension off" side of a comparison).
 */
export async function launchChromium(opts: Omit<LaunchOptions, 'extensionDir'> & { extensionDir?: string | null } = {}): Promise<Chromium> {
  const profile = opts.profile ?? mkdtempSync(join(tmpdir(), 'backgrounder-profile-'));
  const ext = opts.extensionDir === undefined ? EXTENSION_DIR : opts.extensionDir;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: opts.headless ?? true,
    args: [...CHROMIUM_FLAGS, ...(opts.extraArgs ?? []), ...(ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : [])],
    viewport: { width: 1200, height: 800 },
  });
  return {
    context,
    profile,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Chromium with the built extension, once its service worker is up. */
export async function launchWithExtension(opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const { context, profile, close } = await launchChromium(opts);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    profile,
    close,
  };
}

interface ChromeTabsApi {
  tabs: {
    query(q: { active: boolean }): Promise<{ id?: number }[]>;
    sendMessage(id: number, message: unknown): Promise<unknown>;
  };
}

/** Sends a message from the background to the active tab, as the command handler does. */
export async function sendToActiveTab(worker: Worker, message: unknown): Promise<unknown> {
  return worker.evaluate(async (msg) => {
    const { tabs } = (globalThis as unknown as { chrome: ChromeTabsApi }).chrome;
    const [tab] = await tabs.query({ active: true });
    return tabs.sendMessage(tab!.id!, msg);
  }, message);
}

/** The tab id of a page: brings it to the front and asks the background for the active tab. */
/** The toolbar popup, opened as a page for the tab `page` is in, as the toolbar button would open it. */
export async function openPopupFor(b: ExtensionBrowser, page: import('playwright-core').Page): Promise<import('playwright-core').Page> {
  const tabId = await tabIdOf(b.worker, page);
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** Saves the page's selection from the popup, as a reader would; resolves once it is stored. */
export async function saveSelectionFromPopup(b: ExtensionBrowser, page: import('playwright-core').Page): Promise<void> {
  const popup = await openPopupFor(b, page);
  await popup.getByRole('button', { name: 'Save selection' }).click();
  await popup.locator('p[role="status"]', { hasText: 'Selection saved.' }).waitFor();
  await popup.close();
}

export async function tabIdOf(worker: Worker, page: import('playwright-core').Page): Promise<number> {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const { tabs } = (globalThis as unknown as { chrome: ChromeTabsApi }).chrome;
    const [tab] = await tabs.query({ active: true });
    return tab!.id!;
  });
}

/**
 * The usual end-to-end setup: fixture pages served from 127.0.0.1 and Chromium with the
 * built extension, for the whole file. `browser` may be replaced (a restart).
 */
export function useExtension(fixtures: string): { server: StaticServer; browser: ExtensionBrowser } {
  const env = {} as { server: StaticServer; browser: ExtensionBrowser };
  beforeAll(async () => {
    env.server = await serve(fixtures);
    env.browser = await launchWithExtension();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
