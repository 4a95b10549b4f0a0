/**
 * The page's text with a map back to its nodes: turns [start, end) offsets in the page
 * text (as readBlocks reads it) into a DOM range. For putting saved passages back.
 */
import { BLOCK_SEPARATOR, type TextBlock, readBlocks } from './blocks';

export interface PageIndex {
  text: string;
  blocks: { start: number; block: TextBlock }[];
}

export function indexPage(root: Node, doc: Document): PageIndex {
  const blocks: PageIndex['blocks'] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const block of readBlocks(root, doc)) {
    if (parts.length) offset += BLOCK_SEPARATOR.length;
    blocks.push({ start: offset, block });
    parts.push(block.text);
    offset += block.text.length;
  }
  return { text: parts.join(BLOCK_SEPARATOR), blocks };
}

function pointAt(index: PageIndex, offset: number, isEnd: boolean): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = index.blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.blocks[mid]!.start <= offset - (isEnd ? 1 : 0)) lo = mid;
    else hi = mid - 1;
  }
  const entry = index.blocks[lo];
  if (!entry) return null;
  const local = Math.min(offset - entry.start, entry.block.text.length);
  const { nodes, starts } = entry.block;
  let i = nodes.length - 1;
  while (i > 0 && (starts[i]! > local || (isEnd && starts[i] === local))) i--;
  return { node: nodes[i]!, offset: Math.min(local - starts[i]!, nodes[i]!.data.length) };
}

/** A static range over [start, end) of the page text, or null if it falls outside. */
export function rangeOf(index: PageIndex, start: number, end: number): StaticRange | null {
  const a = pointAt(index, start, false);
  const b = pointAt(index, end, true);
  if (!a || !b) return null;
  return new StaticRange({ startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset });
}
