/**
 * The context menu entry and keyboard shortcuts: each asks the active tab's content
 * script for what it needs, and tells the reader how it went, on the page itself.
 */
import { browser } from 'wxt/browser';
import type { createClippingService } from '../../clippings/service';
import { sendToTab } from '../../messaging/tabs';

export const SAVE_MENU_ID = 'save-selection';

/** Saves the selection in a tab, as "Save selection" in the popup does. */
export async function saveSelectionInTab(tabId: number, clippings: ReturnType<typeof createClippingService>): Promise<void> {
  const selection = await sendToTab(tabId, 'page.selection', {}).catch(() => null);
  if (!selection) {
    await sendToTab(tabId, 'page.notify', { message: 'Select some text first, then save it to Backgrounder.', ok: false }).catch(() => undefined);
    return;
  }
  const result = await clippings.save({ kind: 'selection', url: selection.url, title: selection.title, text: selection.text, note: '', tags: [], anchor: selection.anchor, article: null });
  const message = result.ok ? 'Saved to Backgrounder.' : result.error;
  await sendToTab(tabId, 'page.notify', { message, ok: result.ok }).catch(() => undefined);
}

export function registerMenu(): void {
  browser.contextMenus.create({ id: SAVE_MENU_ID, title: 'Save to Backgrounder', contexts: ['selection'] }, () => {
    // Re-creating an existing entry on update is harmless; reading lastError silences it.
    void browser.runtime.lastError;
  });
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function onCommand(clippings: ReturnType<typeof createClippingService>) {
  return async (command: string): Promise<void> => {
    const tabId = await activeTabId();
    if (tabId === undefined) return;
    if (command === 'show-card') await sendToTab(tabId, 'card.showAtSelection', {}).catch(() => undefined);
    if (command === 'save-selection') await saveSelectionInTab(tabId, clippings);
  };
}
