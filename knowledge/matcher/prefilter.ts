/**
 * The matcher's prefilter: native regular expressions made from the trie, so that the
 * page's text is searched by the browser's regular expression engine and the matcher's
 * JavaScript runs once per name found, not once per character or word. Each match is
 * exactly the text a walk of the trie reads from a word start, so walks can be cached by it.
 */
import { SPACE, isWordCode } from './chars';
import type { TrieNode } from './compile';

/** Characters the trie skips inside names; a text with any of them takes the careful path. */
const INVISIBLES = '\\u00ad\\u200b-\\u200d\\u2060\\ufeff';

const SYNTAX = '.*+?^${}()|[]\\/-';

/** One character, escaped where the regular expression syntax (in or out of a class) needs it. */
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

/** No ASCII letter or digit right before: a name starts a word. */
const NOT_WORD_BEFORE = '(?<![A-Za-z0-9])';
/** A word character right after: the candidate is only the start of a longer word. */
const NOT_WORD_AFTER = '(?![A-Za-z0-9])';
/** Keys read past a name's first word before a start is told apart ("trade w" of "trade war"). */
const KEYS_AFTER_FIRST_WORD = 2;

/**
 * Where a name may start, as a pattern: the trie cut after each alias's first word and
 * the next two keys, or, where a one-word alias ends, at the end of the word (a plural
 * allowed). "markets" is no start for "Mark Carney", nor "trade talks" for "trade war".
 * It matches wherever the trie has an alias end, and only a little more; being small,
 * it stays fast however long the alias list grows.
 */
function startPattern(node: TrieNode, taken: number): string {
  const branches: string[] = [];
  for (const [k, child] of node.next) {
    const next = taken < 0 ? (isWordCode(k) ? -1 : 1) : taken + 1;
    branches.push(keyPattern(k) + (next >= KEYS_AFTER_FIRST_WORD ? '' : startPattern(child, next)));
  }
  if (node.out && taken < 0) branches.push(`(?:e?s)?${NOT_WORD_AFTER}`);
  else if (node.out && branches.length) branches.push('');
  const unique = [...new Set(branches)];
  if (unique.length <= 1) return unique[0] ?? '';
  return `(?:${unique.join('|')})`;
}

function isAsciiWordKey(k: number): boolean {
  return (k >= 97 && k <= 122) || (k >= 48 && k <= 57);
}

/**
 * V8 stops optimising a regular expression whose source passes 20 kB: the same search
 * then runs three to four times slower. Up to this size the whole trie is one expression
 * (one pass over the text); past it, a small expression finds where names may start and
 * one per first character reads the walk's text from there.
 */
const WHOLE_PATTERN_LIMIT = 19_000;

export interface Prefilter {
  /**
   * The next place at or after `from` where the trie reads a name beginning with an ASCII
   * letter or digit, case-insensitively: its index, and in [0] the text a walk reads there.
   */
  next(text: string, from: number): RegExpExecArray | null;
  /**
   * What sends a text down the careful path, in one pass over it: characters the trie
   * skips inside names, and the first characters of names the ASCII expressions cannot
   * find (Han names, which need no word boundary).
   */
  careful: RegExp;
}

/** The prefilter's expressions as source text: what the knowledge build writes ahead of time. */
export type PrefilterSource = { careful: string } & (
  | { whole: string }
  | {
      starts: string;
      /** Per first key (as a character), the trie below it. */
      paths: Record<string, string>;
    }
);

export function prefilterSource(root: TrieNode): PrefilterSource {
  const ascii: TrieNode = { next: new Map(), out: null };
  const others: string[] = [];
  for (const [k, child] of root.next) {
    if (isAsciiWordKey(k)) ascii.next.set(k, child);
    else others.push(String.fromCharCode(k));
  }
  // Both cases spelled out: a case-insensitive class of non-ASCII characters is slow.
  const cased = new Set(others.flatMap((c) => [c, c.toLowerCase(), c.toUpperCase()]));
  const careful = `[${INVISIBLES}${[...cased].map(escapeChar).join('')}]`;
  const whole = pattern(ascii);
  if (whole.length <= WHOLE_PATTERN_LIMIT) return { careful, whole: whole ? `${NOT_WORD_BEFORE}${whole}` : '(?!)' };
  const paths: Record<string, string> = {};
  for (const [k, child] of ascii.next) paths[String.fromCharCode(k)] = keyPattern(k) + pattern(child);
  return { careful, starts: `${NOT_WORD_BEFORE}${startPattern(ascii, -1)}`, paths };
}

/** Past the size limit: starts found by one expression, each read on by its first character's. */
function splitSearch(starts: RegExp, paths: Record<string, string>): Prefilter['next'] {
  const built = new Map<string, RegExp | null>();
  const pathFrom = (first: string) => {
    let re = built.get(first);
    if (re === undefined) {
      const src = paths[first];
      re = src === undefined ? null : new RegExp(src, 'iy');
      built.set(first, re);
    }
    return re;
  };
  return (text, from) => {
    for (let at = from; ; ) {
      starts.lastIndex = at;
      const start = starts.exec(text);
      if (!start) return null;
      const path = pathFrom(start[0][0]!.toLowerCase());
      if (path) {
        path.lastIndex = start.index;
        const walked = path.exec(text);
        if (walked) return walked;
      }
      at = start.index + 1;
    }
  };
}

export function prefilterFrom(source: PrefilterSource): Prefilter {
  const careful = new RegExp(source.careful);
  if ('whole' in source) {
    const whole = new RegExp(source.whole, 'gi');
    return {
      next(text, from) {
        whole.lastIndex = from;
        return whole.exec(text);
      },
      careful,
    };
  }
  return { next: splitSearch(new RegExp(source.starts, 'gi'), source.paths), careful };
}
