/**
 * Saving clippings on behalf of pages and the popup: the background's side. It fills in
 * what the sender must not decide (id, time, normalised URL, entities found by the
 * matcher) and answers only after the write has committed.
 */
import type { Matcher } from '../knowledge/matcher';
import type { ClippingDraft, PageClipping, SaveResult } from '../messaging/protocol';
import { describeStorageError } from './errors';
import type { PageIndex } from './page-index';
import type { ClippingsDB } from './schema';
import { ClippingStore } from './store';
import type { Clipping } from './types';
import { normalizeUrl } from './url';

function cleanTags(tags: readonly string[], extra: string | null): string[] {
  const all = [...tags, ...(extra ? [extra] : [])].map((t) => t.trim()).filter(Boolean);
  return [...new Set(all)];
}

export function makeClipping(draft: ClippingDraft, matcher: Matcher, entityName: (id: string) => string | undefined, now = Date.now(), id: string = draft.id ?? crypto.randomUUID()): Clipping {
  const found = matcher.find(`${draft.title}\n\n${draft.text}`).map((m) => m.id);
  const cardEntity = draft.entityId && entityName(draft.entityId) ? draft.entityId : null;
  const entityIds = [...new Set([...(cardEntity ? [cardEntity] : []), ...found])];
  return {
    id,
    kind: draft.kind,
    url: normalizeUrl(draft.url),
    title: draft.title.trim(),
    created: now,
    text: draft.text,
    note: draft.note,
    tags: cleanTags(draft.tags, cardEntity ? (entityName(cardEntity) ?? null) : null),
    entityIds,
    anchor: draft.anchor,
    article: draft.article,
  };
}

export function createClippingService(openDb: () => Promise<ClippingsDB>, matcher: Matcher, entityName: (id: string) => string | undefined, pages?: PageIndex) {
  // Every write through it keeps the list of clipped pages.
  const openStore = async () => new ClippingStore(await openDb(), pages);
  return {
    /** Clippings saved from `url` (any form of it: it is normalised), for its page to show again. */
    async forPage(url: string | undefined): Promise<{ clippings: PageClipping[] }> {
      if (!url || !/^https?:/i.test(url)) return { clippings: [] };
      const list = await (await openStore()).byUrl(normalizeUrl(url)).catch(() => []);
      return { clippings: list.map(({ id, text, anchor }) => ({ id, text, anchor })) };
    },
    /**
     * Lists afresh every page that has clippings (see page-index.ts): on install, on an
     * update from a version without the list, and on browser start (after a crash, a write
     * may have committed without its page being listed).
     */
    async rebuildPageIndex(): Promise<void> {
      await pages?.rebuild(async () => (await openStore()).urls());
    },
    async save(draft: ClippingDraft): Promise<SaveResult> {
      try {
        const clipping = makeClipping(draft, matcher, entityName);
        await (await openStore()).put(clipping);
        return { ok: true, clipping };
      } catch (err) {
        return { ok: false, error: describeStorageError(err) };
      }
    },
  };
}
