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

/** How long after the page's clippings arrive they are looked for again as the page changes. */
export const LOOK_AGAIN_MS = 5000;
/** At most this many more looks in that time: each reads the whole page's text. */
const LOOKS_AGAIN = 10;

/** Where the passages come from: the background, and the list of clipped pages. */
export interface PassageSource {
  /** The clippings of the page, as the background knows it by the tab's URL. */
  forPage(): Promise<readonly PageClipping[]>;
  /** False only when the page at `url` is known to have none (clippings/page-index.ts). */
  mayHave(url: string): Promise<boolean>;
}

/**
 * The page's saved passages, highlighted. Asked for once the page has loaded, when a save
 * or the popup asks, and after an in-page navigation (a single-page site changing its URL
 * and its story without loading a page). A page often renders its story in steps, so
 * passages not found yet are looked for again, without asking, as the page changes.
 */
export class SavedPassages {
  private marks = new Highlight();
  private list: RestoredClipping[] = [];
  /** The page's clippings as the background last gave them; null until it has. */
  private clippings: readonly PageClipping[] | null = null;
  private url: string;
  private lookUntil = 0;
  private looksLeft = 0;

  constructor(
    private doc: Document,
    private source: PassageSource,
    private isValid: () => boolean,
  ) {
    this.url = this.here();
    CSS.highlights.set(CLIPPING_HIGHLIGHT, this.marks);
  }

  /** The page's clippings as last looked for: found on the page or not. */
  get restored(): readonly RestoredClipping[] {
    return this.list;
  }

  /** Asks for the page's clippings and highlights those found. */
  async bringBack(): Promise<void> {
    const url = this.here();
    const clippings = await this.source.forPage().catch(() => []);
    // A reply for a page the site has since navigated away from is dropped.
    if (!this.isValid() || url !== this.here()) return;
    this.clippings = clippings;
    this.lookUntil = performance.now() + LOOK_AGAIN_MS;
    this.looksLeft = LOOKS_AGAIN;
    this.restore();
  }

  /** Like bringBack, but without asking when the page is known to have none: a page load. */
  async bringBackIfListed(): Promise<void> {
    if (await this.source.mayHave(this.doc.location.href).catch(() => true)) await this.bringBack();
  }

  /** The page's text changed: a new page to ask for after a navigation, or passages to look for again. */
  pageChanged(): void {
    const url = this.here();
    if (url !== this.url) {
      this.url = url;
      this.clippings = null;
      this.list = [];
      this.marks.clear();
      void this.bringBackIfListed();
      return;
    }
    if (!this.clippings || this.looksLeft <= 0 || performance.now() > this.lookUntil) return;
    if (this.list.some((c) => !c.found)) {
      this.looksLeft--;
      this.restore();
    }
  }

  destroy(): void {
    CSS.highlights.delete(CLIPPING_HIGHLIGHT);
  }

  private restore(): void {
    this.list = restoreClippings(this.doc, this.clippings ?? [], this.marks);
  }

  /** The page's URL, normalised: a site dropping its tracking parameters or moving to an anchor is still the same page. */
  private here(): string {
    return normalizeUrl(this.doc.location.href);
  }
}
