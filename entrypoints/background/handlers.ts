/** What the background does for each message of the contract. */
import { browser } from 'wxt/browser';
import type { createClippingService } from '../../clippings/service';
import { onOriginOf } from '../../clippings/url';
import { cardFor } from '../../knowledge/cards';
import type { CompiledKnowledge } from '../../knowledge/compiled';
import type { SourceLocation } from '../../messaging/protocol';
import type { Handlers } from '../../messaging/server';

/** The source reader's URL for a passage. */
export function sourceUrl(base: string, loc: SourceLocation): string {
  const q = new URLSearchParams({ doc: loc.doc, start: String(loc.start), end: String(loc.end) });
  return `${base}?${q.toString()}`;
}

/** The explorer's URL, opened at an entity when one is given. */
export function explorerUrl(base: string, id?: string): string {
  return id ? `${base}#${encodeURIComponent(id)}` : base;
}

export function createHandlers(knowledge: CompiledKnowledge, clippings: ReturnType<typeof createClippingService>): Handlers {
  const docs = new Set(knowledge.documents.map((d) => d.id));
  return {
    'card.get': ({ id }) => cardFor(knowledge, id),
    'source.open': async (loc) => {
      if (!docs.has(loc.doc)) return { opened: false };
      await browser.tabs.create({ url: sourceUrl(browser.runtime.getURL('/source.html'), loc) });
      return { opened: true };
    },
    'clipping.save': (draft) => clippings.save(draft),
    // Only a tab's own page, on the origin the browser reports for it.
    'clippings.forPage': ({ url }, sender) => clippings.forPage(sender.tab ? onOriginOf(url, sender.url) : undefined),
    'explorer.open': async ({ id }) => {
      await browser.tabs.create({ url: explorerUrl(browser.runtime.getURL('/explorer.html'), id) });
      return { opened: true };
    },
    'options.open': async () => {
      await browser.runtime.openOptionsPage();
      return { opened: true };
    },
  };
}
