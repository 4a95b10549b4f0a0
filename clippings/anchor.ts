/** Anchors: where a saved passage stood on its page, so it can be found again. */
import type { Anchor } from './types';

/** Context kept either side of the quote: enough to tell repeated phrases apart. */
export const CONTEXT_CHARS = 32;

/** The anchor of [start, end) in a page's text. */
export function makeAnchor(pageText: string, start: number, end: number): Anchor {
  return {
    quote: {
      exact: pageText.slice(start, end),
      prefix: pageText.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: pageText.slice(end, end + CONTEXT_CHARS),
    },
    position: { start, end },
  };
}

/** True when text[i] ends a sentence: . ! or ? followed by a space or the end, not an initial ("U.S."). */
function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?') return false;
  const next = text[i + 1];
  if (next !== undefined && !/\s/.test(next)) return false;
  return !(c === '.' && /(?:^|[\s.])[A-Z]$/.test(text.slice(Math.max(0, i - 2), i)));
}

/** The sentence of `text` around [start, end): what a card's "Save" keeps. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && text[a - 1] !== '\n' && !endsSentence(text, a - 2)) a--;
  while (a < start && /\s/.test(text[a]!)) a++;
  let b = end;
  while (b < text.length && text[b] !== '\n' && !endsSentence(text, b - 1)) b++;
  return [a, b];
}
