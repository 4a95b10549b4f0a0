/**
 * Clippings come back: on a page the reader saved from, their passages are found again
 * (clippings/reanchor.ts) and highlighted in a style of their own. Those that cannot be
 * found are kept in the list as not found, never dropped.
 */
import { reanchor } from '../../clippings/reanchor';
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
