/** The extension's service worker as DevTools sees it, and the list of clipped pages it keeps. */
import type { CDPSession, Page, Worker } from 'playwright-core';
import { READY_KEY } from '../../../clippings/page-index';
import type { ExtensionBrowser } from './chromium';

type WorkerStorage = { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };

/** Resolves once the background has built the list of clipped pages (on install). */
export async function pageListReady(worker: Worker): Promise<void> {
  await worker.evaluate(async (key) => {
    const { local } = (globalThis as unknown as WorkerStorage).chrome.storage;
    while ((await local.get(key))[key] !== true) await new Promise((done) => setTimeout(done, 50));
  }, READY_KEY);
}

export interface WorkerWatch {
  /** Every state DevTools reported for the extension's worker, in order: 'starting', 'running', 'stopped'... */
  states: string[];
  /** Stops the worker, as Chrome does after 30 s idle. */
  stop(): Promise<void>;
  detach(): Promise<void>;
}

/** Watches the extension's service worker through a DevTools session on `page`. */
export async function watchServiceWorker(b: ExtensionBrowser, page: Page): Promise<WorkerWatch> {
  const cdp: CDPSession = await b.context.newCDPSession(page);
  const states: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) if (v.scriptURL.startsWith(`chrome-extension://${b.extensionId}/`)) states.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  return {
    states,
    stop: async () => void (await cdp.send('ServiceWorker.stopAllWorkers')),
    detach: () => cdp.detach(),
  };
}
