/**
 * The aliases' trie, as flat typed arrays: built in the page from the aliases' folded
 * keys with no object per node (a trie of Maps, one per node, set off a ~6 ms garbage
 * collection when built in the page), and walked from word starts.
 */
import { IGNORE, SPACE, keyOf } from './chars';
import type { AliasEnd } from './compile';
import { spaceRunEnd } from './walk';

/**
 * Where `walk` leaves the alias ends it reached: reused buffers, because a walk runs at
 * many word starts and most end after a character or two with nothing found.
 */
export const foundNodes: AliasEnd[] = [];
export const foundEnds: number[] = [];

const NONE = -1;

/** keyOf for each ASCII code unit, looked up rather than computed. */
const ASCII_KEYS = Int32Array.from({ length: 128 }, (_, c) => keyOf(c));

export class Trie {
  /** Per node: the key (folded character) that leads to it from its parent. */
  private keys: Int32Array;
  /** Per node: its first child, then each child's next sibling (NONE ends the list). */
  private first: Int32Array;
  private sibling: Int32Array;
  /** The root's children by ASCII key: the one lookup made at every word start. */
  private rootAscii = new Int32Array(128).fill(NONE);
  /** Per node: the aliases ending there, if any. */
  private outs: (AliasEnd | undefined)[];

  constructor(ends: ReadonlyMap<string, AliasEnd>) {
    let size = 1;
    for (const key of ends.keys()) size += key.length;
    this.keys = new Int32Array(size);
    this.first = new Int32Array(size).fill(NONE);
    this.sibling = new Int32Array(size).fill(NONE);
    this.outs = new Array<AliasEnd | undefined>(size).fill(undefined);
    // In sorted order each key shares its first characters with the key before it, so
    // only the rest needs new nodes, and no child is ever looked up while building.
    const sorted = [...ends.keys()].sort();
    const path = [0];
    let previous = '';
    let used = 1;
    for (const key of sorted) {
      let same = 0;
      while (same < key.length && same < previous.length && key.charCodeAt(same) === previous.charCodeAt(same)) same++;
      for (let i = same; i < key.length; i++) {
        const parent = path[i]!;
        const k = key.charCodeAt(i);
        const child = used++;
        this.keys[child] = k;
        this.sibling[child] = this.first[parent]!;
        this.first[parent] = child;
        if (parent === 0 && k < 128) this.rootAscii[k] = child;
        path[i + 1] = child;
      }
      this.outs[path[key.length]!] = ends.get(key);
      previous = key;
    }
  }

  /** The child of `node` reached by key `k`, or NONE. The root is node 0. */
  child(node: number, k: number): number {
    if (node === 0 && k >= 0 && k < 128) return this.rootAscii[k]!;
    for (let c = this.first[node]!; c !== NONE; c = this.sibling[c]!) if (this.keys[c] === k) return c;
    return NONE;
  }

  /** The aliases ending at `node`. */
  endAt(node: number): AliasEnd | undefined {
    return this.outs[node];
  }

  /** Calls `visit` with each child of `node` and its key. */
  forEachChild(node: number, visit: (child: number, k: number) => void): void {
    for (let c = this.first[node]!; c !== NONE; c = this.sibling[c]!) visit(c, this.keys[c]!);
  }

  /**
   * Walks from `start`; returns how many alias ends it reached (in foundNodes/foundEnds,
   * shortest first). It runs at thousands of word starts per page, and a page's scan is
   * over before V8 optimises it, so every call costs: the ASCII key and the child lookup
   * are done inline. On 50,000 words in Chromium that cut finding from 33.3 to 28.0 ms
   * (medians of 9, side by side with the build that called keyOf and child here).
   */
  walk(text: string, start: number): number {
    const { keys, first, sibling, outs } = this;
    let count = 0;
    let node = 0;
    let p = start;
    const n = text.length;
    while (p < n) {
      const c = text.charCodeAt(p);
      const k = c < 128 ? ASCII_KEYS[c]! : keyOf(c);
      if (k === IGNORE) {
        p++;
        continue;
      }
      let next = NONE;
      if (node === 0 && k < 128) next = this.rootAscii[k]!;
      else {
        for (let ch = first[node]!; ch !== NONE && next === NONE; ch = sibling[ch]!) if (keys[ch] === k) next = ch;
      }
      if (next === NONE) break;
      if (k === SPACE) {
        p = spaceRunEnd(text, p);
        if (p < 0) break;
      } else p++;
      node = next;
      const end = outs[node];
      if (end) {
        foundNodes[count] = end;
        foundEnds[count] = p;
        count++;
      }
    }
    return count;
  }
}
