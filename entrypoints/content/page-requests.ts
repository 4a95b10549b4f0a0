/**
 * Answers to what the popup and background ask of a page: its selection, a snapshot
 * for saving the article, the entities it mentions, and scrolling to one of them.
 */
import { makeAnchor } from '../../clippings/anchor';
import type { EntityCount, PageSelection } from '../../messaging/protocol';
import { locateRange } from '../../pagetext/position';
import { type MentionIndex, type Placed, inDocumentOrder } from './mention-index';

export function currentSelection(doc: Document): PageSelection | null {
  const sel = doc.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const text = sel.toString().trim();
  if (!text) return null;
  const located = locateRange(doc.body, doc, sel.getRangeAt(0));
  const anchor = located ? makeAnchor(located.pageText, located.start, located.end) : null;
  return { text, anchor, url: doc.location.href, title: doc.title };
}

export function snapshot(doc: Document): { html: string; url: string; title: string } {
  return { html: doc.documentElement.outerHTML, url: doc.location.href, title: doc.title };
}

/** How often the page mentions each entity; the popup names them. */
export function pageCounts(index: MentionIndex): EntityCount[] {
  const counts = new Map<string, number>();
  for (const p of index.all()) counts.set(p.id, (counts.get(p.id) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count }));
}

/** Scrolls to the first mention of `id`; returns it so the caller can mark it. */
export function reveal(index: MentionIndex, id: string): Placed | null {
  const first = inDocumentOrder(index.all().filter((p) => p.id === id))[0];
  if (!first) return null;
  first.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return first;
}
