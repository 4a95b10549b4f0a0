/**
 * Reads a page's prose as blocks of text (paragraphs, headings, list items) joined by
 * blank lines, with the text nodes it is made of, so that a name split across inline
 * elements ("<b>Elon</b> Musk") is found and can be mapped back to the page.
 */
import { Places } from './places';

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

const NON_SPACE = /\S/;

/** A <br> right before the text node (or before its inline parent): a line break, never a word joiner. */
function afterBreak(node: Text): boolean {
  const prev = node.previousSibling ?? node.parentElement?.previousSibling;
  return prev?.nodeName === 'BR';
}

/**
 * Whether `root` holds a <br> anywhere, asked natively: once for the root, then per block
 * only if the root has one, so that most pages never look at a node's previous sibling.
 */
function holdsBreak(root: Node): boolean {
  const el = root as Element;
  return typeof el.getElementsByTagName !== 'function' || el.getElementsByTagName('br').length > 0;
}

function emptyBatch(): TextBatch {
  return { text: '', nodes: [], starts: [], blocks: [], blockStarts: [], blockNodes: [] };
}

/** What BlockReader.next returns when it stopped inside a batch at its node budget: call again. */
export const UNFINISHED = 'unfinished';

/**
 * Reads the blocks under `root` in document order, a batch at a time, so that a caller
 * can stop at a deadline and resume in a later task. Blocks with no visible text (the
 * whitespace between paragraphs) are left out. The walk shows only text nodes and runs
 * natively, with no filter callback per node.
 */
export class BlockReader {
  private walker: TreeWalker;
  private places: Places;
  /** Whether the root holds any <br>: if not, no block does. */
  private breaks: boolean;
  /** The next node to read: the first of the next batch, or where an unfinished batch goes on. */
  private pending: Text | null = null;
  /** A batch left unfinished at the node budget, and whether its open block holds a <br>. */
  private building: BatchBuilder | null = null;
  private buildingBreaks = false;

  constructor(root: Node, doc: Document) {
    this.walker = doc.createTreeWalker(root, SHOW_TEXT);
    this.places = new Places(root);
    this.breaks = holdsBreak(root);
  }

  /**
   * Whole blocks holding at least `minChars` characters (fewer at the end); null once all
   * is read. After reading `nodeBudget` text nodes it returns UNFINISHED and goes on from
   * there on the next call: one block can hold a whole page.
   */
  next(minChars: number): TextBatch | null;
  next(minChars: number, nodeBudget: number): TextBatch | typeof UNFINISHED | null;
  next(minChars: number, nodeBudget = Infinity): TextBatch | typeof UNFINISHED | null {
    const out = this.building ?? new BatchBuilder();
    const { walker, places } = this;
    let hasBreak = this.buildingBreaks;
    this.building = null;
    let node = this.pending ?? (walker.nextNode() as Text | null);
    this.pending = null;
    for (let read = 0; node; node = walker.nextNode() as Text | null) {
      if (read++ === nodeBudget) {
        this.pending = node;
        this.building = out;
        this.buildingBreaks = hasBreak;
        return UNFINISHED;
      }
      const parent = node.parentElement;
      if (!parent) continue;
      places.of(parent);
      if (places.skipped) continue;
      if (places.block !== out.block) {
        out.close();
        if (out.length >= minChars) {
          this.pending = node;
          break;
        }
        out.open(places.block!);
        hasBreak = this.breaks && holdsBreak(places.block!);
      } else if (hasBreak && afterBreak(node)) out.lineBreak();
      out.add(node);
    }
    return out.finish();
  }
}

/**
 * A batch being filled. Its text is kept as parts joined once at the end (no string is
 * built up and copied again), and the open block can be undone: whether it holds any
 * visible text is known only when it closes.
 */
class BatchBuilder {
  private batch = emptyBatch();
  private parts: string[] = [];
  /** Characters so far, separators included. */
  length = 0;
  /** The open block's element. */
  block: Element | null = null;
  private hasText = false;
  /** Where the open block began, separator included. */
  private undoParts = 0;
  private undoLength = 0;

  open(block: Element): void {
    this.block = block;
    this.hasText = false;
    this.undoParts = this.parts.length;
    this.undoLength = this.length;
    if (this.length > 0) this.push(BLOCK_SEPARATOR);
    this.batch.blocks.push(block);
    this.batch.blockStarts.push(this.length);
    this.batch.blockNodes.push(this.batch.nodes.length);
  }

  add(node: Text): void {
    const data = node.data;
    this.batch.nodes.push(node);
    this.batch.starts.push(this.length);
    this.push(data);
    if (!this.hasText) this.hasText = NON_SPACE.test(data);
  }

  lineBreak(): void {
    this.push('\n');
  }

  /** Closes the open block, dropping it (and the separator before it) if it held only whitespace. */
  close(): void {
    if (this.block && !this.hasText) {
      const { batch } = this;
      const first = batch.blockNodes.pop()!;
      batch.blocks.pop();
      batch.blockStarts.pop();
      batch.nodes.length = first;
      batch.starts.length = first;
      this.parts.length = this.undoParts;
      this.length = this.undoLength;
    }
    this.block = null;
  }

  /** The batch, or null if it holds no block. */
  finish(): TextBatch | null {
    this.close();
    if (this.batch.blocks.length === 0) return null;
    this.batch.text = this.parts.join('');
    return this.batch;
  }

  private push(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }
}

/** All of `root`'s text at once, as the content script reads it: for saving and anchoring passages. */
export function readText(root: Node, doc: Document): TextBatch {
  return new BlockReader(root, doc).next(Infinity) ?? emptyBatch();
}

/** The text of `root` as the content script reads it: its blocks joined by blank lines. */
export function pageText(root: Node, doc: Document): string {
  return readText(root, doc).text;
}
