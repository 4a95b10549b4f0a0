/**
 * How a walk of the trie crosses spaces, and where a candidate name ends as a whole
 * word (with a possessive or a plural allowed).
 */
import { isIgnorableCode, isSpaceCode, isWordCode, keyOf } from './chars';
import type { CompiledAlias } from './compile';

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

