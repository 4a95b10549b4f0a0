/**
 * Finding a saved passage again on a page whose text may have changed: first the stored
 * position, then the exact quote (choosing among repeats by its prefix and suffix), then
 * a bounded fuzzy match on the quote's head and tail, stopped by a time cap so that the
 * page never freezes. Pure: works on the page's text as pagetext reads it.
 */
import type { Anchor } from './types';

/** The fuzzy step gives up after this long, per clipping. */
export const FUZZY_BUDGET_MS = 20;
/** How much of the quote's start and end the fuzzy step looks for. */
const PROBE = 24;

export type Reanchored = { start: number; end: number; how: 'position' | 'quote' | 'fuzzy' } | null;

function contextScore(text: string, at: number, anchor: Anchor): number {
  const { prefix, suffix, exact } = anchor.quote;
  let score = 0;
  const before = text.slice(Math.max(0, at - prefix.length), at);
  const after = text.slice(at + exact.length, at + exact.length + suffix.length);
  for (let i = 1; i <= Math.min(before.length, prefix.length) && before[before.length - i] === prefix[prefix.length - i]; i++) score++;
  for (let i = 0; i < Math.min(after.length, suffix.length) && after[i] === suffix[i]; i++) score++;
  return score;
}

function byQuote(text: string, anchor: Anchor): Reanchored {
  const { exact } = anchor.quote;
  let best = -1;
  let bestScore = -1;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const score = contextScore(text, at, anchor) - Math.abs(at - anchor.position.start) / 1e6;
    if (score > bestScore) [best, bestScore] = [at, score];
  }
  return best >= 0 ? { start: best, end: best + exact.length, how: 'quote' } : null;
}

/** The quote's head, and its tail within a little more than the quote's length after it. */
function byFuzzy(text: string, anchor: Anchor, now: () => number): Reanchored {
  const { exact } = anchor.quote;
  if (exact.length < PROBE * 2) return null;
  const head = exact.slice(0, PROBE);
  const tail = exact.slice(-PROBE);
  const deadline = now() + FUZZY_BUDGET_MS;
  for (let at = text.indexOf(head); at >= 0 && now() < deadline; at = text.indexOf(head, at + 1)) {
    const window = text.slice(at, at + Math.ceil(exact.length * 1.25) + PROBE);
    const t = window.lastIndexOf(tail);
    if (t >= 0 && t + PROBE >= exact.length * 0.75) return { start: at, end: at + t + PROBE, how: 'fuzzy' };
  }
  return null;
}

export function reanchor(text: string, anchor: Anchor, now: () => number = () => performance.now()): Reanchored {
  const { start, end } = anchor.position;
  if (text.slice(start, end) === anchor.quote.exact && anchor.quote.exact) return { start, end, how: 'position' };
  return byQuote(text, anchor) ?? byFuzzy(text, anchor, now);
}
