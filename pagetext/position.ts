/**
 * Where a DOM range stands in the page's text (as BlockReader reads it), for anchoring a
 * saved selection. Runs only when the reader saves, so a full read of the page is fine.
 */
import { indexPage } from './offsets';

export interface Located {
  pageText: string;
  start: number;
  end: number;
}

/** The range's [start, end) in the page text of `root`, or null if none of it is prose we read. */
export function locateRange(root: Node, doc: Document, range: Range): Located | null {
  const index = indexPage(root, doc);
  let start = -1;
  let end = -1;
  index.nodes.forEach((node, i) => {
    if (!range.intersectsNode(node)) return;
    const base = index.starts[i]!;
    const a = node === range.startContainer ? range.startOffset : 0;
    const b = node === range.endContainer ? range.endOffset : node.data.length;
    if (start < 0) start = base + a;
    end = base + b;
  });
  if (start < 0 || end <= start) return null;
  return { pageText: index.text, start, end };
}
