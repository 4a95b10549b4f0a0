/**
 * The matcher's quick path: where in a text a name may start. A small regular
 * expression (a word start and the first two keys of some alias) runs natively over the
 * text, a table of every alias's first three keys drops most of what it finds, and the
 * trie is walked only at what is left. An expression of all the aliases did the walking
 * natively too, but V8 took 6-8 ms to compile it on every page load: a third of the
 * scan of a 1,500-word article. This one compiles in a fraction of a millisecond.
 */
import { IGNORE, SPACE, isWordCode, keyOf } from './chars';
import type { AliasEnd } from './compile';
import type { Trie } from './trie';

/** Characters the trie skips inside names; a text with any of them takes the careful path. */
const INVISIBLES = '\\u00ad\\u200b-\\u200d\\u2060\\ufeff';

/** Table digits: 0-25 for letters (either case), 26-35 for digits, OTHER for anything else. */
const OTHER = 36;
const DIGITS = 37;
const CLASS = new Uint8Array(128).fill(OTHER);
for (let c = 0; c < 26; c++) CLASS[97 + c] = CLASS[65 + c] = c;
for (let d = 0; d < 10; d++) CLASS[48 + d] = 26 + d;

/** The table digit of a trie key: spaces, dashes, apostrophes and non-ASCII keys are all OTHER. */
function classOf(k: number): number {
  return k >= 0 && k < 128 ? CLASS[k]! : OTHER;
}

function isAsciiWordKey(k: number): boolean {
  return (k >= 97 && k <= 122) || (k >= 48 && k <= 57);
}

/**
 * The regular expression that sends a text down the careful path, as source: characters
 * the trie skips inside names, and the first characters of names that do not start with
 * an ASCII letter or digit (Han names, which need no word boundary).
 */
export function carefulSource(ends: ReadonlyMap<string, AliasEnd>): string {
  const others = new Set<string>();
  for (const key of ends.keys()) if (!isAsciiWordKey(key.charCodeAt(0))) others.add(key[0]!);
  // Both cases spelled out: a case-insensitive class of non-ASCII characters is slow.
  const cased = new Set([...others].flatMap((c) => [c, c.toLowerCase(), c.toUpperCase()]));
  const escaped = [...cased].map((c) => ('\\]^-'.includes(c) ? `\\${c}` : c)).join('');
  return `[${INVISIBLES}${escaped}]`;
}

/**
 * One entry per sequence of three table digits: set where an alias can begin so. An
 * alias shorter than three keys sets every sequence it begins. Spaces and punctuation
 * share a digit, so the table lets through a little more than the trie, never less.
 */
function startTable(trie: Trie): Uint8Array {
  const table = new Uint8Array(DIGITS ** 3);
  const visit = (node: number, depth: number, index: number) => {
    if (depth === 3) {
      table[index] = 1;
      return;
    }
    if (depth > 0 && trie.endAt(node)) {
      const span = DIGITS ** (3 - depth);
      table.fill(1, index * span, (index + 1) * span);
    }
    trie.forEachChild(node, (child, k) => {
      if (depth > 0 || isAsciiWordKey(k)) visit(child, depth + 1, index * DIGITS + classOf(k));
    });
  };
  visit(0, 0, 0);
  return table;
}

/** The digits of the two keys a walk reads after position `i`: a run of spaces is one key. */
function nextTwo(text: string, i: number): number {
  let index = 0;
  let got = 0;
  let lastSpace = false;
  for (let j = i + 1; got < 2 && j < text.length; j++) {
    const k = keyOf(text.charCodeAt(j));
    if (k === IGNORE || (k === SPACE && lastSpace)) continue;
    lastSpace = k === SPACE;
    index = index * DIGITS + classOf(k);
    got++;
  }
  for (; got < 2; got++) index = index * DIGITS + OTHER;
  return index;
}

/** A trie key as a class member: every character that keyOf folds to it (ASCII letters in either case, by the flag). */
function keyChars(k: number): string {
  if (k === SPACE) return '\\s';
  if (k === 45) return '\\-‐‑‒–−';
  if (k === 39) return "'’‘ʼ`′´";
  const ch = String.fromCharCode(k);
  const both = k < 128 ? ch : [...new Set([ch, ch.toUpperCase()])].join('');
  return both.replace(/[\\\]^-]/g, (x) => `\\${x}`);
}

/**
 * Where a name may start, as a small expression: a word start whose first two keys begin
 * some alias. V8 compiles it in a fraction of a millisecond and runs it natively; the
 * table and the walk then judge only the places it finds.
 */
function startSource(trie: Trie): string {
  const branches: string[] = [];
  trie.forEachChild(0, (child, k) => {
    if (!isAsciiWordKey(k)) return;
    const first = String.fromCharCode(k);
    if (trie.endAt(child)) return void branches.push(first);
    const second: string[] = [];
    trie.forEachChild(child, (_, k2) => void second.push(keyChars(k2)));
    branches.push(`${first}(?=[${second.join('')}])`);
  });
  return branches.length ? `(?<![A-Za-z0-9])(?:${branches.join('|')})` : '(?!)';
}

/** Finds the word starts where a name beginning with an ASCII letter or digit may begin. */
export class StartScanner {
  private table: Uint8Array;
  private starts: RegExp;
  private found: number[] = [];

  constructor(trie: Trie) {
    this.table = startTable(trie);
    this.starts = new RegExp(startSource(trie), 'gi');
  }

  /**
   * The word starts in `text` that the expression and the table let through, in order
   * (a buffer reused by the next call). Every match is one character long, so `test`
   * serves and no match object is made.
   */
  scan(text: string): readonly number[] {
    const { table, found, starts } = this;
    found.length = 0;
    starts.lastIndex = 0;
    while (starts.test(text)) {
      const i = starts.lastIndex - 1;
      // The expression refused an ASCII letter or digit before; other letters are refused here.
      if (i > 0 && text.charCodeAt(i - 1) >= 128 && isWordCode(text.charCodeAt(i - 1))) continue;
      const c1 = text.charCodeAt(i + 1);
      const c2 = text.charCodeAt(i + 2);
      // Most words: two more ASCII letters or digits, read straight from the table.
      const next = c1 < 128 && c2 < 128 && CLASS[c1] !== OTHER && CLASS[c2] !== OTHER ? CLASS[c1]! * DIGITS + CLASS[c2]! : nextTwo(text, i);
      if (table[CLASS[text.charCodeAt(i)]! * DIGITS * DIGITS + next]) found.push(i);
    }
    return found;
  }
}
