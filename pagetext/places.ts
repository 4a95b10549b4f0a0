/** Where a text node sits on the page: in which block, and whether inside something never annotated. */
import { isBlockName, isEditor, isSkippedName, mayHoldEditors } from './skip';

/**
 * Where text nodes' parents sit: in which block, and whether inside something skipped.
 * Text sits in a paragraph or in an inline element or two inside one, so walking up to
 * the nearest block takes a step or two; whether a block lies inside something skipped
 * is remembered per block.
 */
export class Places {
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
