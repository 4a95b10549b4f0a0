/**
 * How the matcher's cost grows: with the text (1×, 4×, 16× a news page) and with the
 * alias list (the real lexicon against one ten times larger). Pure matcher, in Node, so
 * the DOM does not blur the comparison; medians of 7, after the code has been warmed on
 * the longest text, so that every size is timed with code V8 has optimised alike (a page
 * runs it colder: see the README). Each size is its own generated page, not a copy of
 * another repeated, so what one part of the text taught the matcher's caches does not
 * make the rest free.
 */
import { shippedLexicon } from '../../knowledge/shipped-lexicon';
import { createMatcher } from '../../knowledge/matcher';
import type { MatchEntry } from '../../knowledge/types';
import { generatePage } from './generate-page';
import { fmt, median } from './stats';

const { lexicon } = shippedLexicon();

function textOf(words: number): string {
  return generatePage(words).replace(/<[^>]+>/g, ' ');
}

/** Nine invented names per real entity, shaped like real ones but not in the text. */
function tenfold(entries: readonly MatchEntry[]): MatchEntry[] {
  const extra: MatchEntry[] = [];
  entries.forEach((e, i) => {
    for (let k = 1; k <= 9; k++) {
      extra.push({ id: `${e.id}-x${k}`, type: e.type, aliases: e.aliases.map((a) => `${typeof a === 'string' ? a : a.text} Variant${k}q${i}`) });
    }
  });
  return [...entries, ...extra];
}

function time(fn: () => void): number {
  for (let i = 0; i < 3; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

export function matcherScaling(): string {
  const one = createMatcher(lexicon);
  const ten = createMatcher(tenfold(lexicon));
  const aliasCount = (l: readonly MatchEntry[]) => l.reduce((n, e) => n + e.aliases.length + (e.surname ? 1 : 0), 0);
  const lines = ['Matcher alone (Node, warm, median of 7):'];
  const texts = [1, 4, 16].map((k) => ({ k, text: textOf(12_500 * k) }));
  for (let i = 0; i < 3; i++) one.find(texts[2]!.text);
  let first = 0;
  for (const { k, text } of texts) {
    const ms = time(() => one.find(text));
    if (k === 1) first = ms;
    lines.push(`  ${(12_500 * k).toLocaleString('en')} words: ${fmt(ms)} ms (${(ms / first).toFixed(1)}× for ${k}× the text)`);
  }
  const text = texts[1]!.text;
  // Interleaved, so that a noisy moment of the machine falls on both.
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < 5; i++) {
    as.push(time(() => one.find(text)));
    bs.push(time(() => ten.find(text)));
  }
  const a = median(as);
  const b = median(bs);
  lines.push(`  50,000 words with ${aliasCount(lexicon)} aliases: ${fmt(a)} ms; with ${aliasCount(tenfold(lexicon))} aliases (10×): ${fmt(b)} ms (${(b / a).toFixed(2)}×)`);
  return lines.join('\n');
}
