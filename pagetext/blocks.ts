/**
 * Reads a page's prose as blocks of text (paragraphs, headings, list items) joined by
 * blank lines, with the text nodes it is made of, so that a name split across inline
 * elements ("<b>Elon</b> Musk") is found and can be mapped back to the page.
 */
import { isBlockName, isEditor, isSkippedName, mayHoldEditors } from './skip';

/**
 * Whole blocks of text read together: one string and flat arrays rather than an object
 * per block, because a long page has thousands of blocks and the scan runs cold.
 */
export interface TextBatch {
  /** The blocks' text joined by BLOCK_SEPARATOR. */
  text: string;
  /** Every text node read, in document order. */
  nodes: Text[];
  /** Where each node's text starts in `text`. */
  starts: number[];
  /** Each block's element; a later change inside it rescans the block. */
  blocks: Element[];
  /** Where each block's text starts in `text`. */
  blockStarts: number[];
  /** The index in `nodes` of each block's first node. */
  blockNodes: number[];
}

/** What separates blocks in a page's text: a blank line, which no name spans. */
export const BLOCK_SEPARATOR = '\n\n';

const SHOW_TEXT = 0x4;

/**
 * Where text nodes' parents sit: in which block, and whether inside something skipped.
 * Text sits in a paragraph or in an inline element or two inside one, so walking up to
 * the nearest block takes a step or two; whether a block lies inside something skipped
 * is remembered per block. The walk itself shows only text nodes and runs natively, with
 * no filter callback per node.
 */
class Places {
  /** Per block: an element above it (up to the root) is skipped. */
  private above = new Map<Element, boolean>();
  private editors: boolean;
  /** Neighbouring text nodes mostly share a parent: the last answer is kept at hand. */
  private last: Element | null = null;
  /** The nearest block (or the root) of the element last asked about. */
  block: Element | null = null;
  /** Whether the element last asked about is inside something skipped. */
  skipped = false;
  /** Whether `block` is, or is inside, something skipped. */
  private blockSkipped = false;
  private breaks = new Map<Element, boolean>();

  constructor(private root: Node) {
    this.editors = mayHoldEditors(root);
  }

  /** Sets `block` and `skipped` for `el`. */
  of(el: Element): void {
    if (el === this.last) return;
    this.last = el;
    // Text between inline elements sits in the block itself: nothing to walk.
    if (el === this.block) {
      this.skipped = this.blockSkipped;
      return;
    }
    let inlineSkipped = false;
    let cur = el;
    for (;;) {
      const name = cur.localName;
      if (cur === this.root || isBlockName(name)) break;
      if (this.isSkipped(cur, name)) inlineSkipped = true;
      const up = cur.parentElement;
      if (!up) break;
      cur = up;
    }
    this.block = cur;
    this.blockSkipped = this.isSkipped(cur, cur.localName) || this.skippedAbove(cur);
    this.skipped = inlineSkipped || this.blockSkipped;
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

  private isSkipped(el: Element, name: string): boolean {
    return isSkippedName(name) || (this.editors && isEditor(el));
  }

  /** Whether something between `block` and the root (the root included) is skipped. */
  private skippedAbove(block: Element): boolean {
    if (block === this.root) return false;
    let known = this.above.get(block);
    if (known !== undefined) return known;
    known = false;
    for (let cur = block.parentElement; cur; cur = cur.parentElement) {
      if (this.isSkipped(cur, cur.localName)) {
        known = true;
        break;
      }
      if (cur === this.root) break;
      // A block above already asked about answers for everything above it.
      const above = this.above.get(cur);
      if (above !== undefined) {
        known = above;
        break;
      }
    }
    this.above.set(block, known);
    return known;
  }
}

const NON_SPACE = /\S/;

/** A <br> right before the text node (or before its inline parent): a line break, never a word joiner. */
function afterBreak(node: Text): boolean {
  const prev = node.previousSibling ?? node.parentElement?.previousSibling;
  return prev?.nodeName === 'BR';
}

/** Whether the page under `root` has any <br>: asked once, natively, so most pages never look for one per node. */
function mayHoldBreaks(root: Node): boolean {
  const el = root as Element;
  return typeof el.getElementsByTagName !== 'function' || el.getElementsByTagName('br').length > 0;
}

function emptyBatch(): TextBatch {
  return { text: '', nodes: [], starts: [], blocks: [], blockStarts: [], blockNodes: [] };
}

/**
 * Reads the blocks under `root` in document order, a batch at a time, so that a caller
 * can stop at a deadline and resume in a later task. Blocks with no visible text (the
 * whitespace between paragraphs) are left out.
 */
export class BlockReader {
  private walker: TreeWalker;
  private places: Places;
  private breaks: boolean;
  /** The first node of the next batch, read when the last batch was already full. */
  private pending: Text | null = null;

  constructor(root: Node, doc: Document) {
    this.walker = doc.createTreeWalker(root, SHOW_TEXT);
    this.places = new Places(root);
    this.breaks = mayHoldBreaks(root);
  }

  /** Whole blocks holding at least `minChars` characters (fewer at the end); null once all is read. */
  next(minChars: number): TextBatch | null {
    const batch = emptyBatch();
    const parts: string[] = [];
    let len = 0;
    let block: Element | null = null;
    let hasText = false;
    let hasBreak = false;
    /** Where the open block began: what is undone if it turns out to hold no visible text. */
    let undoParts = 0;
    let undoLen = 0;
    const walker = this.walker;
    let node = this.pending ?? (walker.nextNode() as Text | null);
    this.pending = null;
    for (; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (!parent) continue;
      const places = this.places;
      places.of(parent);
      if (places.skipped) continue;
      if (places.block !== block) {
        if (block && !hasText) {
          undoBlock(batch, parts, undoParts);
          len = undoLen;
        }
        if (len >= minChars) {
          this.pending = node;
          break;
        }
        block = places.block!;
        hasText = false;
        hasBreak = this.breaks && this.places.holdsBreak(block);
        undoParts = parts.length;
        undoLen = len;
        if (len > 0) {
          parts.push(BLOCK_SEPARATOR);
          len += BLOCK_SEPARATOR.length;
        }
        batch.blocks.push(block);
        batch.blockStarts.push(len);
        batch.blockNodes.push(batch.nodes.length);
      } else if (hasBreak && afterBreak(node)) {
        parts.push('\n');
        len++;
      }
      const data = node.data;
      batch.nodes.push(node);
      batch.starts.push(len);
      parts.push(data);
      len += data.length;
      if (!hasText) hasText = NON_SPACE.test(data);
    }
    if (!this.pending && block && !hasText) undoBlock(batch, parts, undoParts);
    if (batch.blocks.length === 0) return null;
    batch.text = parts.join('');
    return batch;
  }
}

/** Drops the batch's last block (and the separator before it): it held only whitespace. */
function undoBlock(batch: TextBatch, parts: string[], undoParts: number): void {
  const first = batch.blockNodes.pop()!;
  batch.blocks.pop();
  batch.blockStarts.pop();
  batch.nodes.length = first;
  batch.starts.length = first;
  parts.length = undoParts;
}

/** All of `root`'s text at once, as the content script reads it: for saving and anchoring passages. */
export function readText(root: Node, doc: Document): TextBatch {
  return new BlockReader(root, doc).next(Infinity) ?? emptyBatch();
}

/** The text of `root` as the content script reads it: its blocks joined by blank lines. */
export function pageText(root: Node, doc: Document): string {
  return readText(root, doc).text;
}
