/**
 * Clippings come back: on a page the reader saved from, their passages are found again
 * (clippings/reanchor.ts) and highlighted in a style of their own. Those that cannot be
 * found are kept in the list as not found, never dropped.
 */
import { reanchor } from '../../clippings/reanchor';
import { normalizeUrl } from '../../clippings/url';
import type { PageClipping } from '../../messaging/protocol';
import { indexPage, rangeOf } from '../../pagetext/offsets';

export const CLIPPING_HIGHLIGHT = 'backgrounder-clipping';

export interface RestoredClipping {
  id: string;
  text: string;
  found: boolean;
}

export function restoreClippings(doc: Document, clippings: readonly PageClipping[], highlight: Highlight): RestoredClipping[] {
  highlight.clear();
  const anchored = clippings.filter((c) => c.anchor);
  if (!anchored.length) return [];
  const index = indexPage(doc.body, doc);
  return anchored.map((c) => {
    const where = reanchor(index.text, c.anchor!);
    const range = where ? rangeOf(index, where.start, where.end) : null;
    if (range) highlight.add(range);
    return { id: c.id, text: c.text, found: range !== null };
  });
}

/** How long after an in-page navigation the new page's passages are looked for, as it renders. */
export const NAVIGATION_LOOK_MS = 5000;

/** Where the passages come from: the background, and the list of clipped pages. */
export interface PassageSource {
  /** The clippings of the page, as the background knows it by the tab's URL. */
  forPage(): Promise<readonly PageClipping[]>;
  /** False only when the page at `url` is known to have none (clippings/page-index.ts). */
  mayHave(url: string): Promise<boolean>;
}

/**
 * The page's saved passages, highlighted. Looked for once the page has loaded, when a
 * save or the popup asks, and again after an in-page navigation (a single-page site
 * changing its URL and its story without loading a page).
 */
export class SavedPassages {
  private marks = new Highlight();
  private list: RestoredClipping[] = [];
  private url: string;
  private lookUntil = 0;
  /** The page is known to have no clippings: no need to ask again until the URL changes. */
  private unlisted = false;

  constructor(
    private doc: Document,
    private source: PassageSource,
    private isValid: () => boolean,
  ) {
    this.url = normalizeUrl(doc.location.href);
    CSS.highlights.set(CLIPPING_HIGHLIGHT, this.marks);
  }

  /** The page's clippings as last looked for: found on the page or not. */
  get restored(): readonly RestoredClipping[] {
    return this.list;
  }

  /** Asks for the page's clippings and highlights those found. */
  async bringBack(): Promise<void> {
    const clippings = await this.source.forPage().catch(() => []);
    if (this.isValid()) this.list = restoreClippings(this.doc, clippings, this.marks);
  }

  /** Like bringBack, but without asking when the page is known to have none: a page load. */
  async bringBackIfListed(): Promise<void> {
    const url = this.doc.location.href;
    if (await this.source.mayHave(url).catch(() => true)) await this.bringBack();
    else if (url === this.doc.location.href) this.unlisted = true;
  }

  /**
   * The page's text changed. After an in-page navigation its passages are looked for on each
   * change for a few seconds, until all are found: the new story renders in steps.
   */
  pageChanged(): void {
    // Normalised: a site dropping its tracking parameters or moving to an anchor is still the same page.
    const url = normalizeUrl(this.doc.location.href);
    if (url !== this.url) {
      this.url = url;
      this.lookUntil = performance.now() + NAVIGATION_LOOK_MS;
      this.unlisted = false;
      this.list = [];
      this.marks.clear();
    }
    const missing = this.list.length === 0 || this.list.some((c) => !c.found);
    if (performance.now() < this.lookUntil && !this.unlisted && missing) void this.bringBackIfListed();
  }

  destroy(): void {
    CSS.highlights.delete(CLIPPING_HIGHLIGHT);
  }
}
