/**
 * Letter case is where names part from words: "Apple" the company, "apple" the fruit;
 * "PNTR" but not "pntr". The trie matches case-folded text; this checks each word of
 * the alias against the text as written.
 */
import { IGNORE, SPACE, isWordCode, keyOf } from './chars';
import type { CompiledAlias } from './compile';

type WordCase = 'lower' | 'capitalised' | 'exact';

function caseOf(word: string): WordCase {
  if (word === word.toLowerCase()) return 'lower';
  const rest = word.slice(1);
  return rest === rest.toLowerCase() ? 'capitalised' : 'exact';
}

function isUpper(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

/** The text of [start, end) laid out like the alias: whitespace runs as one space, invisibles dropped. */
function aligned(text: string, start: number, end: number): string {
  let out = '';
  let p = start;
  while (p < end) {
    const c = text.charCodeAt(p);
    const k = keyOf(c);
    if (k === IGNORE) {
      p++;
      continue;
    }
    if (k === SPACE) {
      out += ' ';
      while (p < end && keyOf(text.charCodeAt(p)) === SPACE) p++;
      continue;
    }
    out += text[p];
    p++;
  }
  return out;
}

function wordFits(want: string, got: string, multiWord: boolean): boolean {
  switch (caseOf(want)) {
    case 'lower':
      return true;
    case 'exact':
      return want === got;
    case 'capitalised':
      if (got.length > 1 && isUpper(got)) return multiWord; // "ELON MUSK" in a headline
      return isUpper(got[0] ?? '') && got.slice(1) === want.slice(1);
  }
}

/** True when every word of the alias is written in the text with a compatible case. */
export function checkCase(alias: CompiledAlias, text: string, start: number, end: number): boolean {
  const want = alias.text;
  // Most mentions are written exactly as their alias.
  if (end - start === want.length && text.startsWith(want, start)) return true;
  const got = aligned(text, start, end);
  if (got.length !== want.length) return false;
  let i = 0;
  while (i < want.length) {
    if (!isWordCode(want.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < want.length && isWordCode(want.charCodeAt(j))) j++;
    if (!wordFits(want.slice(i, j), got.slice(i, j), alias.wordCount > 1)) return false;
    i = j;
  }
  return true;
}
