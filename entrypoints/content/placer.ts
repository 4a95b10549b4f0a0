/** Where a mention found in a batch's text lies among the page's text nodes. */
import type { TextBatch } from '../../pagetext/blocks';
import { Placed } from './mention-index';

/**
 * Turns offsets in a batch's text into places in its text nodes. Mentions come
 * in text order, so cursors only move forward: a batch costs one pass over its blocks
 * and nodes however many mentions it holds.
 */
export class Placer {
  private block = 0;
  private node = 0;
  /** The block of the mention last placed. */
  element: Element;

  constructor(private batch: TextBatch) {
    this.element = batch.blocks[0]!;
  }

  place(id: string, start: number, end: number): Placed {
    const { blocks, blockStarts, nodes, starts } = this.batch;
    // No name spans a blank line, so each mention lies inside one block.
    while (this.block + 1 < blocks.length && blockStarts[this.block + 1]! <= start) this.block++;
    this.element = blocks[this.block]!;
    // The start lies in the last node starting at or before it; the end in the last node starting before it.
    while (this.node + 1 < nodes.length && starts[this.node + 1]! <= start) this.node++;
    let last = this.node;
    while (last + 1 < nodes.length && starts[last + 1]! < end) last++;
    const first = this.node;
    return new Placed(id, nodes[first]!, start - starts[first]!, nodes[last]!, end - starts[last]!);
  }
}
