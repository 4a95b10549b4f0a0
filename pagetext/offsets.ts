/**
 * The page's text with a map back to its nodes: turns [start, end) offsets in the page
 * text (as BlockReader reads it) into a DOM range. For putting saved passages back.
 */
import { type TextBatch, readText } from './blocks';

/** All of a page's text, with its nodes and blocks. */
export type PageIndex = TextBatch;

export function indexPage(root: Node, doc: Document): PageIndex {
  return readText(root, doc);
}

/** The last index whose value is at most `at` in the ascending `list` (0 when none is). */
export function lastAtMost(list: readonly number[], at: number, lo = 0, hi = list.length - 1): number {
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The text node and offset at `offset` of the page text. An end point belongs to the
 * text before it, so a passage ending where a node or block ends stays in that node.
 */
function pointAt(index: PageIndex, offset: number, isEnd: boolean): { node: Text; offset: number } | null {
  if (index.blocks.length === 0) return null;
  const at = offset - (isEnd ? 1 : 0);
  const block = lastAtMost(index.blockStarts, at);
  const first = index.blockNodes[block]!;
  const last = (index.blockNodes[block + 1] ?? index.nodes.length) - 1;
  const i = lastAtMost(index.starts, Math.max(at, index.starts[first]!), first, last);
  const node = index.nodes[i]!;
  return { node, offset: Math.max(0, Math.min(offset - index.starts[i]!, node.data.length)) };
}

/** A static range over [start, end) of the page text, or null if it falls outside. */
export function rangeOf(index: PageIndex, start: number, end: number): StaticRange | null {
  const a = pointAt(index, start, false);
  const b = pointAt(index, end, true);
  if (!a || !b) return null;
  return new StaticRange({ startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset });
}
