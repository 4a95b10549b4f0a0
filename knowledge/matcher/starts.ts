/**
 * The matcher's quick path: where in a text a name may start. A small regular
 * expression (a word start and the first few keys of some alias) runs natively over the
 * text, and the trie is walked only where it matches. An expression of all the aliases
 * (6,051 characters) did the walking natively too, but V8 spent ~4.5 ms compiling it on
 * every page load, a fifth of the scan of a 1,500-word article; this one (1,934 characters
 * when measured, longer since the policies' wordings) ~1.0 ms.
 */
import { SPACE, isAsciiAlnum, isHanCode, isWordCode } from './chars';
import type { AliasEnd } from './compile';
import type { Trie } from './trie';

/** Characters the trie skips inside names; a text with any of them takes the careful path. */
const INVISIBLES = '\\u00ad\\u200b-\\u200d\\u2060\\ufeff';

/**
 * The regular expression that sends a text down the careful path, as source: characters
 * the trie skips inside names, the first characters of names that do not start with an
 * ASCII letter or digit (Han names, which need no word boundary), and the underscore,
 * which the start expression's `\b` reads as part of a word where the matcher does not.
 */
export function carefulSource(ends: ReadonlyMap<string, AliasEnd>): string {
  const firsts = new Set<number>();
  let han = false;
  for (const key of ends.keys()) {
    const first = key.charCodeAt(0);
    if (isHanCode(first)) han = true;
    else if (!isAsciiAlnum(first)) firsts.add(first);
  }
  return `[${INVISIBLES}_${han ? HAN_RANGE : ''}${[...firsts].map(keyChars).join('')}]`;
}

/**
 * Han names' first characters are given as the blocks of ideographs isHanCode knows, not one
 * by one: V8 tests a class of a few ranges over a page's text about eight times as fast as
 * a class of a dozen scattered ideographs (50,000 words: 0.4 against 3.4 ms in Node). Any
 * Han character then sends a text down the careful path, which reads every text right; a
 * text in Chinese nearly always took it anyway (新, 台 and 李 are among the listed firsts).
 * The ranges are isHanCode's blocks (chars.ts), written as class ranges.
 */
const HAN_RANGE = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';

/**
 * A trie key as class members: the characters keyOf folds to it. ASCII letters are left
 * to the `i` flag; other letters get both cases spelled out, because a case-insensitive
 * class of non-ASCII characters is slow.
 */
function keyChars(k: number): string {
  if (k === SPACE) return '\\s';
  if (k === 45) return '\\-‐‑‒–−';
  if (k === 39) return "'’‘ʼ`′´";
  if (k === 34) return '"“”';
  const ch = String.fromCharCode(k);
  const both = k < 128 ? ch : [...new Set([ch, ch.toUpperCase()])].join('');
  return both.replace(/[\\\]^-]/g, (x) => `\\${x}`);
}

/** A trie key as one step of the expression: a run of spaces for a space. */
function keyStep(k: number): string {
  return k === SPACE ? '\\s+' : `[${keyChars(k)}]`;
}

/**
 * Keys of an alias the start expression reads ahead: enough that most places it finds
 * begin a name (at 5, about 5,400 on 50,000 words of news, where 3 let through 11,600 and
 * 2 let through 32,800), few enough that it stays under 2 kB and compiles quickly.
 */
const KEYS_AHEAD = 5;

/** The trie below `node` (at `depth` keys from the root), down to KEYS_AHEAD keys, as a pattern: empty where an alias ends. */
function ahead(trie: Trie, node: number, depth: number): string {
  if (depth === KEYS_AHEAD || trie.endAt(node)) return '';
  const branches: string[] = [];
  trie.forEachChild(node, (child, k) => void branches.push(keyStep(k) + ahead(trie, child, depth + 1)));
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

/**
 * Where a name may start, as a small expression: a word start followed by the first keys
 * of some alias, read ahead without being matched, so that each match is one character.
 * V8 compiles it in about a millisecond and runs it natively; only what it finds is walked.
 * The word start is `\b`, which V8 runs a quarter to a third faster than a look-behind
 * for a letter or digit (50,000 words in 4 kB batches: 6.4 against 8.5 ms on first use in
 * Chromium, 2.1 against 3.1 ms warm in Node). The two differ only after an underscore,
 * and a text holding one takes the careful path.
 */
export function startSource(trie: Trie): string {
  const branches: string[] = [];
  trie.forEachChild(0, (child, k) => {
    if (!isAsciiAlnum(k)) return;
    const rest = ahead(trie, child, 1);
    branches.push(rest ? `${String.fromCharCode(k)}(?=${rest})` : String.fromCharCode(k));
  });
  return branches.length ? `\\b(?:${branches.join('|')})` : '(?!)';
}

/** Finds the word starts where a name beginning with an ASCII letter or digit may begin. */
export class StartScanner {
  private starts: RegExp;
  private found: number[] = [];

  /** `source` is startSource's: the knowledge build writes it ahead of time. */
  constructor(source: string) {
    this.starts = new RegExp(source, 'gi');
  }

  /**
   * The word starts in `text` from `from` up to `until` that the expression finds, in
   * order (a buffer reused by the next call). Every match is one character long, so
   * `test` serves and no match object is made.
   */
  scan(text: string, from = 0, until = text.length): readonly number[] {
    const { found, starts } = this;
    found.length = 0;
    starts.lastIndex = from;
    while (starts.test(text)) {
      const i = starts.lastIndex - 1;
      if (i >= until) break;
      // `\b` refused an ASCII letter or digit before; other letters are refused here.
      if (i === 0 || text.charCodeAt(i - 1) < 128 || !isWordCode(text.charCodeAt(i - 1))) found.push(i);
    }
    return found;
  }
}
