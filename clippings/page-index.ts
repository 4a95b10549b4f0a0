/**
 * Which pages hold clippings, listed in storage.local beside the database. A page asks the
 * background for its clippings only when its URL is listed, so that opening one of the
 * many pages a reader never clipped from does not wake the background (on Chrome, start
 * its service worker, which also loads the knowledge and opens the database).
 *
 * The database stays the truth; the list is derived from it. It may list a page with no
 * clipping left (the page then asks, as before), but it must never miss one: every write
 * that adds a clipping lists its page after the write has committed, and when listing
 * fails the list is marked not ready, so every page asks until it is rebuilt.
 */
import { normalizeUrl } from './url';

/** The part of storage.local the list needs (both browsers' `browser.storage.local` fit). */
export interface KeyValueArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Set once the list has been built from the database; absent, every page asks. */
export const READY_KEY = 'clippedPages.ready';
/** One key per page, so that a page reads its own entry and not the whole list. */
const PAGE_PREFIX = 'clippedPage:';

/** The key of a page in the list; `url` is normalised as clippings store it. */
export function pageKey(url: string): string {
  return PAGE_PREFIX + normalizeUrl(url);
}

export class PageIndex {
  constructor(private area: KeyValueArea) {}

  /** False only when the list is built and does not hold the page at `url`. */
  async mayHaveClippings(url: string): Promise<boolean> {
    const key = pageKey(url);
    const got = await this.area.get([READY_KEY, key]);
    return got[READY_KEY] !== true || got[key] === true;
  }

  /** Lists pages that now have clippings. Call after the write has committed. */
  async list(urls: Iterable<string>): Promise<void> {
    const items: Record<string, true> = {};
    for (const url of urls) items[pageKey(url)] = true;
    try {
      await this.area.set(items);
    } catch {
      // Storage full or gone: a page left off the list would never show its clippings
      // again, so the whole list is distrusted until the next rebuild.
      await this.area.remove(READY_KEY).catch(() => undefined);
    }
  }

  /** Takes a page off the list when its last clipping was deleted; `left` counts those it still has. */
  async unlistIfEmpty(url: string, left: () => Promise<number>): Promise<void> {
    try {
      if ((await left()) === 0) await this.area.remove(pageKey(url));
    } catch {
      // The delete has committed; a page wrongly listed only asks, as every page once did.
    }
  }

  /**
   * Rebuilds the list from every URL in the database: when installed, updated, and on
   * browser start. The list is read before the database: a page that a save lists
   * meanwhile is not in that reading, so it is not removed as stale.
   */
  async rebuild(readUrls: () => Promise<ReadonlySet<string>>): Promise<void> {
    await this.area.remove(READY_KEY);
    const listed = Object.keys(await this.area.get(null)).filter((k) => k.startsWith(PAGE_PREFIX));
    const wanted = new Set([...(await readUrls())].map(pageKey));
    const stale = listed.filter((k) => !wanted.has(k));
    if (stale.length) await this.area.remove(stale);
    const items: Record<string, true> = { [READY_KEY]: true };
    for (const key of wanted) items[key] = true;
    await this.area.set(items);
  }
}
