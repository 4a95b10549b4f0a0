/**
 * The `earlier` condition: who the sentence is about before the mention. A wording such
 * as "export controls" is another country's when that country leads the sentence up to
 * it ("Japan tightened export controls on…"), with words between that no `before`
 * phrase can list; it is Washington's again when the U.S. is named after that country
 * ("Japan's trade ministry said the U.S. export controls…").
 */

/** How far back a sentence is looked at: a long sentence's subject is rarely further. */
export const SENTENCE_RADIUS = 240;

const UPPER = /\p{Lu}/u;

/**
 * Where the sentence holding `start` begins, no earlier than `lo`: after a full stop,
 * question or exclamation mark (and any closing quote) followed by a space and a capital.
 * An abbreviation before a capital ("the U.S. Commerce Department") reads as a sentence
 * end too, so a sentence may be taken as shorter than it is: the rule then sees less and
 * refuses less, never more.
 */
export function sentenceStart(text: string, lo: number, start: number): number {
  for (let p = start - 1; p > lo; p--) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 10 && c !== 0xa0) continue;
    let q = p - 1;
    while (q >= lo && '"”’\')'.includes(text[q]!)) q--;
    if (q < lo || !'.!?'.includes(text[q]!)) continue;
    let r = p + 1;
    while (r < start && (text.charCodeAt(r) === 32 || '"“‘('.includes(text[r]!))) r++;
    if (r < start && UPPER.test(text[r]!)) return p + 1;
  }
  return lo;
}

/** The end of the last whole-word match of `pattern` (global) in text[from, to), or -1. */
function lastEnd(pattern: RegExp, text: string, from: number, to: number): number {
  const s = text.slice(from, to);
  let end = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(s); m; m = pattern.exec(s)) {
    end = from + m.index + m[0].length;
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return end;
}

export interface EarlierPatterns {
  /** The sentence's subjects that make the condition hold. */
  words: RegExp;
  /** Words that, named after such a subject, take the sentence back. */
  over: RegExp | null;
}

/** Whether one of the words stands earlier in the sentence (from `lo` at most), with none of `over` after it. */
export function heldEarlier(p: EarlierPatterns, text: string, lo: number, start: number): boolean {
  const from = sentenceStart(text, lo, start);
  const subject = lastEnd(p.words, text, from, start);
  if (subject < 0) return false;
  return p.over === null || lastEnd(p.over, text, subject, start) < 0;
}
