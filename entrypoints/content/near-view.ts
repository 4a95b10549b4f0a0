/**
 * Paints the mentions of blocks near the viewport only. Chrome rebuilds its highlight
 * markers from every registered range each time anything on the page changes, so the cost
 * of each of the page's own updates grows with the ranges registered: with all 14,937
 * mentions of a 300,000-word page registered, each tick of a clock on it made the next
 * frame a 144-255 ms long task. Registering only blocks within about a viewport of the
 * visible part keeps that cost to the mentions a reader can reach by scrolling a little.
 */
import { NearGroups } from './near-groups';

/**
 * Mentions found by the scan are added to the highlight at most this often (the first at
 * once). Each change to a highlight makes the browser redo its paint steps for the blocks
 * that hold it: on a page whose 60,000 words are one block, 42-52 ms each time.
 */
const FLUSH_MS = 250;

/** A mention as the painter sees it: its range is made only when it is first painted. */
interface Paintable {
  readonly range: AbstractRange;
  readonly madeRange: AbstractRange | null;
}

export class NearViewPainter {
  private blocks: NearGroups;
  /** Found by the scan, to be added at the next flush. */
  private pending = new Set<AbstractRange>();
  private flushed = -Infinity;

  constructor(
    private highlight: Highlight,
    /** A block's mentions now. */
    private mentionsOf: (block: Element) => readonly Paintable[],
    /** Records the work done for a report (the scan's cost includes it). */
    measure: (start: number) => void,
  ) {
    this.blocks = new NearGroups((block, near) => this.moved(block, near), measure);
  }

  /**
   * A mention found in `block`. A block seen for the first time is painted at once when
   * `eager` (it lies in the first characters a scan job reads: the part in view) and
   * otherwise when the observer's first report, a frame later, says it is near; the report
   * also unpaints an eager block that lies far away.
   */
  paint(block: Element, mention: Paintable, eager: boolean): void {
    if (!this.blocks.has(block)) this.blocks.add(block, eager);
    if (this.blocks.isNear(block)) this.pending.add(mention.range);
  }

  /** Adds what the scan found since the last flush, if the last was long enough ago or `now`. */
  flush(now: boolean): void {
    if (this.pending.size === 0 || (!now && performance.now() - this.flushed < FLUSH_MS)) return;
    for (const range of this.pending) this.highlight.add(range);
    this.pending.clear();
    this.flushed = performance.now();
  }

  /** Mentions that are gone (their block changed or left the page). */
  unpaint(mentions: readonly Paintable[]): void {
    for (const { madeRange } of mentions) if (madeRange) this.remove(madeRange);
  }

  /** Takes a range off the highlight, or out of what waits to be added to it. */
  private remove(range: AbstractRange): void {
    this.highlight.delete(range);
    this.pending.delete(range);
  }

  /** Stops watching blocks that left the page. */
  prune(): void {
    this.blocks.prune();
  }

  /** Unpaints everything and watches nothing. */
  clear(): void {
    this.blocks.clear();
    this.pending.clear();
    this.highlight.clear();
  }

  /** A block came near or went far: its mentions are painted or unpainted. */
  private moved(block: Element, near: boolean): void {
    for (const mention of this.mentionsOf(block)) {
      if (near) this.highlight.add(mention.range);
      else if (mention.madeRange) this.remove(mention.madeRange);
    }
  }
}

/**
 * The part of the page in view, when the page opens scrolled away from its top (a reload,
 * a link to an anchor): the nearest element around the viewport's centre that is at
 * least as tall as the viewport. Null at the top of the page, where document order
 * already reaches the viewport first.
 */
export function viewportRoot(doc: Document, view: { height: number; width: number; scrollY: number }): Element | null {
  if (view.scrollY < view.height / 2) return null;
  let el = doc.elementFromPoint(view.width / 2, view.height / 2);
  while (el && el !== doc.body && el.getBoundingClientRect().height < view.height) el = el.parentElement;
  return el && el !== doc.body && el !== doc.documentElement ? el : null;
}
