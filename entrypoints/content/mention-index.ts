/**
 * The mentions painted on the page, kept per block (in text order) so that a block
 * whose text changed can be repainted alone, and the mention under the pointer is
 * found by binary search in its block's list. Nothing else is built while the page is
 * scanned: the index costs one array push per mention.
 */
import { insideSkipped } from '../../pagetext/skip';

/** A mention on the page: its entity and where its text lies, in the text nodes the scan read. */
export class Placed {
  private made: StaticRange | null = null;

  constructor(
    readonly id: string,
    readonly startContainer: Text,
    readonly startOffset: number,
    readonly endContainer: Text,
    readonly endOffset: number,
  ) {}

  /**
   * The mention as a StaticRange, for painting: cheap to paint and never updated by the
   * browser on DOM changes (a live Range is, on every mutation of the page); changed text
   * is rescanned instead. Made on first use, and the same one after: most mentions of a
   * long page are never near the viewport, and making one costs a few microseconds
   * (15,000 took 19-82 ms in Chromium, against 1-8 ms for as many plain objects).
   */
  get range(): StaticRange {
    // `this` has the four fields a StaticRange is made from.
    this.made ??= new StaticRange(this);
    return this.made;
  }

  /** The range if it was ever made: a mention never painted has nothing to unpaint. */
  get madeRange(): StaticRange | null {
    return this.made;
  }
}

const TEXT_NODE = 3;
const FOLLOWING = 4;

/** Where the point (node, offset) lies against a boundary point: negative before, 0 on, positive after. */
function comparePoint(node: Node, offset: number, container: Node, at: number): number {
  if (node === container) return offset - at;
  return node.compareDocumentPosition(container) & FOLLOWING ? -1 : 1;
}

export class MentionIndex {
  private byBlock = new Map<Element, Placed[]>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Mentions arrive in text order, so appending keeps each block's list sorted. */
  add(block: Element, placed: Placed): void {
    const list = this.byBlock.get(block);
    if (list) list.push(placed);
    else this.byBlock.set(block, [placed]);
    this.count++;
  }

  /** A block's mentions, in text order. */
  mentionsIn(block: Element): readonly Placed[] {
    return this.byBlock.get(block) ?? [];
  }

  /** Forgets a block's mentions and returns them, so the caller can unpaint them. */
  removeBlock(block: Element): Placed[] {
    const list = this.byBlock.get(block);
    if (!list) return [];
    this.byBlock.delete(block);
    this.count -= list.length;
    return list;
  }

  /**
   * The mention covering `offset` in the text node `node`: its block is the nearest
   * ancestor with mentions, then a binary search over that block's list (O(log n)).
   */
  at(node: Node, offset: number): Placed | null {
    if (node.nodeType !== TEXT_NODE || this.count === 0) return null;
    for (let el = node.parentElement; el; el = el.parentElement) {
      const list = this.byBlock.get(el);
      if (list) return search(list, node, offset);
    }
    return null;
  }

  /** Blocks that left the document (a re-render, a navigation): their mentions go too. */
  prune(): Placed[] {
    const gone: Placed[] = [];
    for (const block of [...this.byBlock.keys()]) {
      if (!block.isConnected) gone.push(...this.removeBlock(block));
    }
    return gone;
  }

  /** Every mention in document order of scanning. */
  all(): Placed[] {
    return [...this.byBlock.values()].flat();
  }

  clear(): void {
    this.byBlock.clear();
    this.count = 0;
  }
}

function search(list: readonly Placed[], node: Node, offset: number): Placed | null {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = list[mid]!;
    if (comparePoint(node, offset, r.startContainer, r.startOffset) < 0) hi = mid - 1;
    else if (comparePoint(node, offset, r.endContainer, r.endOffset) > 0) lo = mid + 1;
    else return list[mid]!;
  }
  return null;
}

/** A live Range over a mention, for geometry and comparisons (made only when needed). */
export function liveRange(placed: Placed): Range {
  const r = placed.startContainer.ownerDocument.createRange();
  r.setStart(placed.startContainer, placed.startOffset);
  r.setEnd(placed.endContainer, placed.endOffset);
  return r;
}

/** The mention's text as written on the page: its text nodes' parts, as the scan read them. */
export function mentionText(placed: Placed): string {
  const { startContainer: first, startOffset, endContainer: last, endOffset } = placed;
  if (first === last) return first.data.slice(startOffset, endOffset);
  const doc = first.ownerDocument;
  const walker = doc.createTreeWalker(liveRange(placed).commonAncestorContainer, NodeFilter.SHOW_TEXT);
  walker.currentNode = first;
  let text = first.data.slice(startOffset);
  for (let n = walker.nextNode() as Text | null; n && n !== last; n = walker.nextNode() as Text | null) {
    if (!insideSkipped(n)) text += n.data;
  }
  return text + last.data.slice(0, endOffset);
}

/** Mentions sorted in document order. */
export function inDocumentOrder(list: readonly Placed[]): Placed[] {
  const ranges = new Map(list.map((p) => [p, liveRange(p)]));
  return [...list].sort((a, b) => ranges.get(a)!.compareBoundaryPoints(Range.START_TO_START, ranges.get(b)!));
}
