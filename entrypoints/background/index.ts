/**
 * The background: answers card, source and save requests, owns the clippings database
 * for content scripts, and handles the context menu and keyboard shortcuts.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { PageIndex } from '../../clippings/page-index';
import { openClippingsDB } from '../../clippings/schema';
import { createClippingService } from '../../clippings/service';
import { createMatcher } from '../../knowledge/matcher';
import { knowledge } from '../../knowledge/shipped';
import { shippedLexicon } from '../../knowledge/shipped-lexicon';
import { createListener } from '../../messaging/server';
import { SAVE_MENU_ID, onCommand, registerMenu, saveSelectionInTab } from './commands';
import { createHandlers } from './handlers';

export default defineBackground(() => {
  const names = new Map(knowledge.entities.map((e) => [e.id, e.name]));
  // One connection per worker life, opened on first use; reopened if it was closed for an upgrade.
  let db: ReturnType<typeof openClippingsDB> | null = null;
  const forget = () => {
    db = null;
  };
  const openDb = () => (db ??= openClippingsDB(undefined, forget).catch((e: unknown) => (forget(), Promise.reject(e))));
  const { lexicon, precompiled } = shippedLexicon();
  const clippings = createClippingService(openDb, createMatcher(lexicon, precompiled), (id) => names.get(id), new PageIndex(browser.storage.local));
  const rebuildPages = () => void clippings.rebuildPageIndex().catch(() => undefined);

  browser.runtime.onMessage.addListener(createListener(createHandlers(knowledge, clippings), browser.runtime.id));
  browser.runtime.onInstalled.addListener(() => (registerMenu(), rebuildPages()));
  browser.runtime.onStartup.addListener(rebuildPages);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU_ID && tab?.id !== undefined) void saveSelectionInTab(tab.id, clippings);
  });
  browser.commands.onCommand.addListener(onCommand(clippings));
});
