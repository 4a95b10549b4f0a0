/**
 * Reads a page's prose as blocks of text (paragraphs, headings, list items), each
 * with the text nodes it is made of, so that a name split across inline elements
 * ("<b>Elon</b> Musk") is found and can be mapped back to the page.
 */
import { isBlockName, isEditor, isSkippedName, mayHoldEditors } from './skip';

export interface TextBlock {
  /** The block's element; a later change inside it rescans the block. */
  element: Element;
  text: string;
  nodes: Text[];
  /** Where each node's text starts in `text`. */
  starts: number[];
}

/** What separates blocks in a page's text: a blank line, which no name spans. */
export const BLOCK_SEPARATOR = '\n\n';

const SHOW_TEXT = 0x4;

interface Place {
  /** Inside something never annotated (an editor, code, our UI). */
  skipped: boolean;
  /** The nearest block element (or the root). */
  block: Element;
}



/**
 * Where an element sits: memoised per element, so each text node costs one map lookup.
 * The walk itself shows only text nodes and runs natively, with no filter callback
 * per node: that is most of the difference from a bare text walk.
 */
class Places {
  private cache = new Map<Element, Place>();
  private breaks = new Map<Element, boolean>();

  /** Neighbouring text nodes mostly share a parent: the last answer is kept at hand. */
  private last: Element | null = null;
  private lastPlace: Place | null = null;
  private editors: boolean;
  constructor(private root: Node) {
    this.editors = mayHoldEditors(root);
  }

  of(el: Element): Place {
    if (el === this.last) return this.lastPlace!;
    const place = this.lookup(el);
    this.last = el;
    this.lastPlace = place;
    return place;
  }

  /**
   * Whether a block holds a <br> anywhere: asked once per block, natively, so that blocks
   * without one (nearly all) skip the per-node look at the previous sibling.
   */
  holdsBreak(block: Element): boolean {
    let has = this.breaks.get(block);
    if (has === undefined) {
      has = block.getElementsByTagName('br').length > 0;
      this.breaks.set(block, has);
    }
    return has;
  }

  private lookup(el: Element): Place {
    const hit = this.cache.get(el);
    if (hit) return hit;
    const chain: Element[] = [];
    let cur: Element | null = el;
    let base: Place | undefined;
    while (cur) {
      base = this.cache.get(cur);
      if (base) break;
      chain.push(cur);
      if (cur === this.root) break;
      cur = cur.parentElement;
    }
    let place = base ?? { skipped: false, block: chain[chain.length - 1] ?? el };
    for (let i = chain.length - 1; i >= 0; i--) {
      const e = chain[i]!;
      const name = e.localName;
      const skipped = place.skipped || isSkippedName(name) || (this.editors && isEditor(e));
      place = { skipped, block: isBlockName(name) || e === this.root ? e : place.block };
      this.cache.set(e, place);
    }
    return place;
  }
}

function hasText(block: TextBlock): boolean {
  return /\S/.test(block.text);
}

/** A <br> right before the text node (or before its inline parent): a line break, never a word joiner. */
function afterBreak(node: Text): boolean {
  const prev = node.previousSibling ?? node.parentElement?.previousSibling;
  return prev?.nodeName === 'BR';
}

/**
 * Yields the blocks under `root` in document order. A generator, so a caller can stop
 * at a deadline and resume in a later task.
 */
export function* readBlocks(root: Node, doc: Document): Generator<TextBlock, void, undefined> {
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const places = new Places(root);
  let current: TextBlock | null = null;
  let breaks: boolean | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent) continue;
    const place = places.of(parent);
    if (place.skipped) continue;
    if (current && current.element !== place.block) {
      if (hasText(current)) yield current;
      current = null;
    }
    if (!current) {
      current = { element: place.block, text: '', nodes: [], starts: [] };
      breaks = null;
    } else if ((breaks ??= places.holdsBreak(place.block)) && afterBreak(node)) current.text += '\n';
    current.nodes.push(node);
    current.starts.push(current.text.length);
    current.text += node.data;
  }
  if (current && hasText(current)) yield current;
}

/** The text of `root` as the content script reads it: its blocks joined by blank lines. */
export function pageText(root: Node, doc: Document): string {
  const parts: string[] = [];
  for (const block of readBlocks(root, doc)) parts.push(block.text);
  return parts.join(BLOCK_SEPARATOR);
}
