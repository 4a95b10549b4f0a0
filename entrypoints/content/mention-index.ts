/**
 * The mentions painted on the page, indexed two ways: by text node, sorted by offset,
 * so that the mention under the pointer is found by binary search (O(log n)); and by
 * block, so that a block whose text changed can be repainted alone.
 */

export interface Placed {
  id: string;
  /**
   * A StaticRange: cheap to make and never updated by the browser on DOM changes (a live
   * Range is, on every mutation of the page). Changed text is rescanned instead.
   */
  range: StaticRange;
  /** The text nodes the mention covers, with its [start, end) in each. */
  parts: readonly { node: Text; start: number; end: number }[];
}

interface Slot {
  start: number;
  end: number;
  placed: Placed;
}

export class MentionIndex {
  private byNode = new Map<Text, Slot[]>();
  private byBlock = new Map<Element, Placed[]>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(block: Element, placed: Placed): void {
    const list = this.byBlock.get(block);
    if (list) list.push(placed);
    else this.byBlock.set(block, [placed]);
    for (const part of placed.parts) {
      const slots = this.byNode.get(part.node) ?? [];
      // Mentions arrive in text order, so appending keeps each node's list sorted.
      slots.push({ start: part.start, end: part.end, placed });
      this.byNode.set(part.node, slots);
    }
    this.count++;
  }

  /** Forgets a block's mentions and returns them, so the caller can unpaint them. */
  removeBlock(block: Element): Placed[] {
    const list = this.byBlock.get(block);
    if (!list) return [];
    this.byBlock.delete(block);
    for (const p of list) {
      for (const part of p.parts) {
        const slots = this.byNode.get(part.node);
        if (!slots) continue;
        const kept = slots.filter((s) => s.placed !== p);
        if (kept.length) this.byNode.set(part.node, kept);
        else this.byNode.delete(part.node);
      }
    }
    this.count -= list.length;
    return list;
  }

  /** The mention covering `offset` in `node`, by binary search. */
  at(node: Node, offset: number): Placed | null {
    const slots = this.byNode.get(node as Text);
    if (!slots) return null;
    let lo = 0;
    let hi = slots.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = slots[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset > s.end) lo = mid + 1;
      else return s.placed;
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
    this.byNode.clear();
    this.byBlock.clear();
    this.count = 0;
  }
}

/** A live Range over a mention, for geometry and comparisons (made only when needed). */
export function liveRange(placed: Placed): Range {
  const r = placed.range.startContainer.ownerDocument!.createRange();
  r.setStart(placed.range.startContainer, placed.range.startOffset);
  r.setEnd(placed.range.endContainer, placed.range.endOffset);
  return r;
}

/** The mention's text as written on the page. */
export function mentionText(placed: Placed): string {
  return placed.parts.map((p) => p.node.data.slice(p.start, p.end)).join('');
}

/** Mentions sorted in document order. */
export function inDocumentOrder(list: readonly Placed[]): Placed[] {
  const ranges = new Map(list.map((p) => [p, liveRange(p)]));
  return [...list].sort((a, b) => ranges.get(a)!.compareBoundaryPoints(Range.START_TO_START, ranges.get(b)!));
}
