/**
 * Walking the trie from one position of the text, and deciding where a candidate name
 * ends as a whole word (with a possessive or a plural allowed).
 */
import { IGNORE, SPACE, isIgnorableCode, isSpaceCode, isWordCode, keyOf } from './chars';
import type { CompiledAlias, TrieNode } from './compile';

/**
 * Where `walk` leaves the alias ends it reached: reused buffers, because a walk runs at
 * nearly every word and most end after a character or two with nothing found.
 */
export const foundNodes: TrieNode[] = [];
export const foundEnds: number[] = [];

/**
 * Where the run of spaces (and invisible characters) starting at `p` ends, or -1 when it
 * holds a blank line or a paragraph separator: that ends the paragraph, and no name spans it.
 */
export function spaceRunEnd(text: string, p: number): number {
  let newlines = 0;
  for (let c = text.charCodeAt(p); p < text.length && (isSpaceCode(c) || isIgnorableCode(c)); c = text.charCodeAt(++p)) {
    if (c === 10 || c === 0x2029) newlines += c === 10 ? 1 : 2;
  }
  return newlines > 1 ? -1 : p;
}

/** Walks the trie from `start`; returns how many alias ends it reached (in foundNodes/foundEnds, shortest first). */
export function walk(root: TrieNode, text: string, start: number): number {
  let count = 0;
  let node = root;
  let p = start;
  const n = text.length;
  while (p < n) {
    const c = text.charCodeAt(p);
    const k = keyOf(c);
    if (k === IGNORE) {
      p++;
      continue;
    }
    let next: TrieNode | undefined;
    if (k === SPACE) {
      next = node.next.get(SPACE);
      if (!next) break;
      p = spaceRunEnd(text, p);
      if (p < 0) break;
    } else {
      next = node.next.get(k);
      if (!next) break;
      p++;
    }
    node = next;
    if (node.out) {
      foundNodes[count] = node;
      foundEnds[count] = p;
      count++;
    }
  }
  return count;
}

/** Endings an apostrophe may add to a name: possessive and contractions ("Musk's", "Trump'll"). */
const CLITICS = new Set(['s', 'd', 'll', 're', 've']);

function boundaryAt(text: string, p: number): boolean {
  if (p >= text.length) return true;
  const c = text.charCodeAt(p);
  if (isWordCode(c)) return false;
  if (keyOf(c) !== 39 || !isWordCode(text.charCodeAt(p + 1))) return true;
  // "Xi'an" is one word; "Xi's" is Xi.
  let q = p + 1;
  while (q < text.length && isWordCode(text.charCodeAt(q))) q++;
  return CLITICS.has(text.slice(p + 1, q).toLowerCase());
}

/** Where the mention ends, given the alias end: after a plural suffix, or null if not a whole word. */
export function wordEnd(alias: CompiledAlias, text: string, end: number): number | null {
  if (alias.openEnd || !isWordCode(alias.text.charCodeAt(alias.text.length - 1)) || boundaryAt(text, end)) return end;
  if (!alias.plural) return null;
  for (const suffix of ['s', 'es']) {
    const s = text.slice(end, end + suffix.length);
    if (s.toLowerCase() === suffix && boundaryAt(text, end + suffix.length)) return end + suffix.length;
  }
  return null;
}

