/**
 * Watches the page for text added or changed later (infinite scroll, single-page
 * navigation, live updates) and hands only the changed parts to the annotator.
 * Backgrounder never changes the page's DOM, so nothing it does can feed back here.
 */
import { isBlock } from '../../pagetext/skip';

/** Changes are gathered for this long, then scanned together: quick enough to feel live,
 *  slow enough that a burst of DOM updates becomes one scan. */
export const MUTATION_BATCH_MS = 150;

export interface WatchTarget {
  enqueue(root: Node): void;
  prune(): void;
  /** After each batch of changes has been handed over. */
  changed?(): void;
}

function blockAround(node: Node): Node {
  let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && !isBlock(el)) el = el.parentElement;
  return el ?? node;
}

/** The smallest subtree to rescan for one mutation record. */
function rootsOf(record: MutationRecord): Node[] {
  if (record.type === 'characterData') return [blockAround(record.target)];
  const roots: Node[] = [];
  for (const added of record.addedNodes) {
    // A new block is scanned alone; new inline content changes its surrounding block.
    roots.push(added.nodeType === 1 && isBlock(added as Element) ? added : blockAround(record.target));
  }
  return roots;
}

/** Drops roots inside other roots: each part of the page is scanned once per batch. */
function outermost(roots: Set<Node>): Node[] {
  const list = [...roots];
  return list.filter((r) => !list.some((o) => o !== r && o.contains(r)));
}

export function watchPage(body: Node, target: WatchTarget, later: (fn: () => void, ms: number) => void): () => void {
  let pending = new Set<Node>();
  let removed = false;
  let timer = false;
  const flush = () => {
    timer = false;
    const roots = outermost(pending);
    pending = new Set();
    if (removed) target.prune();
    removed = false;
    for (const r of roots) target.enqueue(r);
    target.changed?.();
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const root of rootsOf(r)) pending.add(root);
      if (r.removedNodes.length) removed = true;
    }
    if (!timer && (pending.size || removed)) {
      timer = true;
      later(flush, MUTATION_BATCH_MS);
    }
  });
  observer.observe(body, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}
