/**
 * The matcher's prefilter: the trie itself as one native regular expression, so that
 * the page's text is searched by the browser's regular expression engine and the
 * matcher's JavaScript runs once per name found, not once per character or word.
 */
import { SPACE } from './chars';
import type { TrieNode } from './compile';

/** Characters the trie skips inside names; a text with any of them takes the careful path. */
const INVISIBLES = '\\u00ad\\u200b-\\u200d\\u2060\\ufeff';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

const SYNTAX = '.*+?^${}()|[]\\/-';

/** One character, escaped where the regular expression syntax needs it (no regex per trie node). */
function escapeChar(ch: string): string {
  return SYNTAX.includes(ch) ? `\\${ch}` : ch;
}

/**
 * A trie key as a pattern: every character keyOf folds to that key. Whitespace is
 * `\s+`, a little wider than the trie's spaces (it crosses blank lines, which the walk
 * does not): the expression may run on past where the walk stops, never short of it.
 */
function keyPattern(k: number): string {
  if (k === SPACE) return '\\s+';
  if (k === 45) return '[-‐‑‒–−]';
  if (k === 39) return "['’‘ʼ`′´]";
  return escapeChar(String.fromCharCode(k));
}

/**
 * The trie below `node` as an alternation, shared starts factored out as the trie has
 * them. Each node's branches begin with disjoint characters, so the expression follows
 * the trie's one path through the text and stops at the furthest alias end on it.
 */
function pattern(node: TrieNode): string {
  const branches: string[] = [];
  for (const [k, child] of node.next) branches.push(keyPattern(k) + pattern(child));
  if (node.out && branches.length) branches.push('');
  if (branches.length <= 1) return branches[0] ?? '';
  return `(?:${branches.join('|')})`;
}

function isAsciiWordKey(k: number): boolean {
  return (k >= 97 && k <= 122) || (k >= 48 && k <= 57);
}

export interface Prefilter {
  /**
   * Names that begin with an ASCII letter or digit, case-insensitively: each match is
   * the text from a word start to the furthest alias end the trie reaches there.
   */
  ascii: RegExp;
  /**
   * What sends a text down the careful path, in one pass over it: characters the trie
   * skips inside names, and the first characters of names the ASCII expression cannot
   * find (Han names, which need no word boundary).
   */
  careful: RegExp;
}

/** The prefilter's expressions as source text: what the knowledge build can write ahead of time. */
export interface PrefilterSource {
  ascii: string;
  careful: string;
}

export function prefilterSource(root: TrieNode): PrefilterSource {
  const ascii: TrieNode = { next: new Map(), out: null };
  const others: string[] = [];
  for (const [k, child] of root.next) {
    if (isAsciiWordKey(k)) ascii.next.set(k, child);
    else others.push(String.fromCharCode(k));
  }
  const alts = pattern(ascii);
  // Both cases spelled out: a case-insensitive class of non-ASCII characters is slow.
  const cased = new Set(others.flatMap((c) => [c, c.toLowerCase(), c.toUpperCase()]));
  return {
    ascii: alts ? `(?<![A-Za-z0-9])${alts}` : '(?!)',
    careful: `[${INVISIBLES}${[...cased].map(escapeRegExp).join('')}]`,
  };
}

export function prefilterFrom(source: PrefilterSource): Prefilter {
  return { ascii: new RegExp(source.ascii, 'gi'), careful: new RegExp(source.careful) };
}
