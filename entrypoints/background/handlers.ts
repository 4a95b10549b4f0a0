/** What the background does for each message of the contract. */
import { browser } from 'wxt/browser';
import { cardFor } from '../../knowledge/cards';
import type { CompiledKnowledge } from '../../knowledge/compiled';
import type { Handlers } from '../../messaging/server';
import type { SourceLocation } from '../../messaging/protocol';

/** The source reader's URL for a passage. */
export function sourceUrl(base: string, loc: SourceLocation): string {
  const q = new URLSearchParams({ doc: loc.doc, start: String(loc.start), end: String(loc.end) });
  return `${base}?${q.toString()}`;
}

export function createHandlers(knowledge: CompiledKnowledge): Handlers {
  const docs = new Set(knowledge.documents.map((d) => d.id));
  return {
    'card.get': ({ id }) => cardFor(knowledge, id),
    'source.open': async (loc) => {
      if (!docs.has(loc.doc)) return { opened: false };
      await browser.tabs.create({ url: sourceUrl(browser.runtime.getURL('/source.html'), loc) });
      return { opened: true };
    },
  };
}

/** The "show-card" shortcut: asks the active tab's content script to open a card. */
export async function relayShortcut(command: string): Promise<void> {
  if (command !== 'show-card') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await browser.tabs.sendMessage(tab.id, { type: 'card.showAtSelection', data: {} }).catch(() => {
    // No content script in that tab (an extension page, a store page): nothing to show.
  });
}
