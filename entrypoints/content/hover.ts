/**
 * Hover intent: which mention the pointer rests on, decided once per animation frame
 * from the caret position under the pointer and a binary search in the mention index,
 * so moving the pointer costs almost nothing and forces no layout of its own.
 */
import { type MentionIndex, type Placed, liveRange } from './mention-index';
import type { PageTimers } from './timers';

/** Rest this long on a mention before its card opens: long enough that a pointer crossing
 *  a paragraph opens nothing, short enough to feel like an answer (Wikipedia waits 500 ms). */
export const HOVER_OPEN_DELAY_MS = 400;
/** Grace before a card closes, so the pointer can travel from the mention into the card. */
export const HOVER_CLOSE_GRACE_MS = 300;

/** Both caret APIs, either of which a browser may lack. */
interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

function caretAt(doc: CaretDocument, x: number, y: number): [Node, number] | null {
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? [p.offsetNode, p.offset] : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? [r.startContainer, r.startOffset] : null;
}

/** The client rect of the mention under (x, y), if the point really is on its text. */
export function rectUnder(placed: Placed, x: number, y: number): DOMRect | null {
  for (const r of liveRange(placed).getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return r;
  }
  return null;
}

export function mentionAt(doc: Document, index: MentionIndex, x: number, y: number): { placed: Placed; rect: DOMRect } | null {
  if (index.size === 0) return null;
  const caret = caretAt(doc as unknown as CaretDocument, x, y);
  if (!caret) return null;
  const placed = index.at(caret[0], caret[1]);
  if (!placed) return null;
  const rect = rectUnder(placed, x, y);
  return rect ? { placed, rect } : null;
}

export interface HoverCallbacks {
  /** The pointer rested on a mention. */
  rest(placed: Placed, rect: DOMRect): void;
  /** The pointer left the mention and the card. */
  leave(): void;
  /** True when (x, y) is over the open card. */
  overCard(target: EventTarget | null): boolean;
}


export class HoverTracker {
  private x = 0;
  private y = 0;
  private target: EventTarget | null = null;
  private framePending = false;
  private current: Placed | null = null;
  private openTimer = 0;
  private closeTimer = 0;

  constructor(
    private doc: Document,
    private index: MentionIndex,
    private cb: HoverCallbacks,
    private timers: PageTimers,
    /** The reader's hover delay (settings); HOVER_OPEN_DELAY_MS by default. */
    private openDelay: () => number = () => HOVER_OPEN_DELAY_MS,
  ) {}

  /** pointermove handler: remembers the point, decides on the next frame. */
  onMove = (e: PointerEvent): void => {
    if (e.pointerType === 'touch') return;
    this.x = e.clientX;
    this.y = e.clientY;
    this.target = e.target;
    if (this.framePending) return;
    this.framePending = true;
    this.timers.frame(() => {
      this.framePending = false;
      this.decide();
    });
  };

  /** The card was closed by other means (Escape): forget the mention. */
  reset(): void {
    this.current = null;
    this.timers.clear(this.openTimer);
    this.timers.clear(this.closeTimer);
  }

  private decide(): void {
    if (this.cb.overCard(this.target)) {
      this.timers.clear(this.closeTimer);
      this.timers.clear(this.openTimer);
      return;
    }
    const hit = mentionAt(this.doc, this.index, this.x, this.y);
    if (hit && hit.placed === this.current) {
      this.timers.clear(this.closeTimer);
      return;
    }
    this.timers.clear(this.openTimer);
    if (hit) {
      this.timers.clear(this.closeTimer);
      this.current = hit.placed;
      this.openTimer = this.timers.set(() => this.cb.rest(hit.placed, hit.rect), this.openDelay());
      return;
    }
    if (this.current) {
      this.current = null;
      this.timers.clear(this.closeTimer);
      this.closeTimer = this.timers.set(() => this.cb.leave(), HOVER_CLOSE_GRACE_MS);
    }
  }
}
