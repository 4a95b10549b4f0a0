/**
 * Keyboard access to cards: the "show-card" shortcut (Alt+Shift+B by default) opens
 * the card for the mention at the caret or selection, or else the first mention in
 * view; pressed again with a card open, it moves to the next mention.
 */
import { type MentionIndex, type Placed, inDocumentOrder, liveRange } from './mention-index';

function visible(p: Placed, view: { width: number; height: number }): DOMRect | null {
  const r = liveRange(p).getBoundingClientRect();
  return r.bottom > 0 && r.top < view.height && r.right > 0 && r.left < view.width && r.width > 0 ? r : null;
}

/** The mention the keyboard means: at the selection, else after `current`, else the first in view. */
export function keyboardTarget(doc: Document, index: MentionIndex, current: Placed | null): Placed | null {
  const sel = doc.getSelection();
  if (!current && sel?.anchorNode) {
    const at = index.at(sel.anchorNode, sel.anchorOffset);
    if (at) return at;
  }
  const view = { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight };
  const all = inDocumentOrder(index.all().filter((p) => visible(p, view)));
  if (!current) return all[0] ?? null;
  const i = all.indexOf(current);
  return all[(i + 1) % all.length] ?? null;
}
