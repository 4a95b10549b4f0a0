/**
 * Reads a page's prose as blocks of text (paragraphs, headings, list items), each
 * with the text nodes it is made of, so that a name split across inline elements
 * ("<b>Elon</b> Musk") is found and can be mapped back to the page.
 */
import { isBlock, isSkipped } from './skip';

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

// NodeFilter constants, spelled out so this module runs without DOM globals.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;
const TEXT_NODE = 3;

function blockOf(node: Node, cache: Map<Element, Element>, root: Node): Element {
  const parent = node.parentElement!;
  let hit = cache.get(parent);
  if (hit) return hit;
  let el: Element | null = parent;
  while (el && !isBlock(el) && el !== root && el.parentElement) el = el.parentElement;
  hit = el ?? parent;
  cache.set(parent, hit);
  return hit;
}

function hasText(block: TextBlock): boolean {
  return /\S/.test(block.text);
}

/**
 * Yields the blocks under `root` in document order. A generator, so a caller can stop
 * at a deadline and resume in a later task.
 */
export function* readBlocks(root: Node, doc: Document): Generator<TextBlock, void, undefined> {
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode(node: Node): number {
      if (node.nodeType === TEXT_NODE) return FILTER_ACCEPT;
      const el = node as Element;
      if (isSkipped(el)) return FILTER_REJECT;
      return el.tagName.toUpperCase() === 'BR' ? FILTER_ACCEPT : FILTER_SKIP;
    },
  });
  const cache = new Map<Element, Element>();
  let current: TextBlock | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== TEXT_NODE) {
      // <br>: a line break inside the block, never a word joiner.
      if (current) current.text += '\n';
      continue;
    }
    const element = blockOf(node, cache, root);
    if (current && current.element !== element) {
      if (hasText(current)) yield current;
      current = null;
    }
    current ??= { element, text: '', nodes: [], starts: [] };
    current.nodes.push(node as Text);
    current.starts.push(current.text.length);
    current.text += (node as Text).data;
  }
  if (current && hasText(current)) yield current;
}

/** The text of `root` as the content script reads it: its blocks joined by blank lines. */
export function pageText(root: Node, doc: Document): string {
  const parts: string[] = [];
  for (const block of readBlocks(root, doc)) parts.push(block.text);
  return parts.join(BLOCK_SEPARATOR);
}
