/**
 * Context conditions on a candidate mention, compiled once from the lexicon and
 * evaluated only when a candidate is found, so they add nothing to the scan of
 * text that mentions nothing.
 */
import type { Condition } from '../types';
import { IGNORE, SPACE, foldText, isAsciiAlnum, keyOf } from './chars';
import { type EarlierPatterns, SENTENCE_RADIUS, heldEarlier } from './sentence';

/** How far either side of a mention `near` looks, clipped to the paragraph. */
export const NEAR_RADIUS = 200;
/** How much text `before`/`after` phrases may span. */
const EDGE_WINDOW = 48;

export type CompiledCondition =
  | { kind: 'near'; words: readonly string[] }
  | { kind: 'before' | 'after'; phrases: readonly string[]; folded: readonly string[] | null }
  | { kind: 'earlier'; words: readonly string[]; over: readonly string[] | null; patterns: EarlierPatterns | null }
  | { kind: 'seen' }
  | { kind: 'alone' }
  | { kind: 'any' | 'all'; of: readonly CompiledCondition[] };

/** What a condition sees: the text, the candidate and what came before it. */
export interface ConditionContext {
  text: string;
  start: number;
  end: number;
  seen: boolean;
}

const HARD_BREAK = /\n[ \t\r]*\n|\u2029/g;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function compileCondition(c: Condition): CompiledCondition {
  if ('near' in c) return { kind: 'near', words: c.near };
  // Phrases are folded on first use: most never meet a candidate on a given page.
  if ('before' in c) return { kind: 'before', phrases: c.before, folded: null };
  if ('after' in c) return { kind: 'after', phrases: c.after, folded: null };
  if ('earlier' in c) return { kind: 'earlier', words: c.earlier, over: c.over ?? null, patterns: null };
  if ('seen' in c) return { kind: 'seen' };
  if ('alone' in c) return { kind: 'alone' };
  if ('all' in c) return { kind: 'all', of: c.all.map(compileCondition) };
  return { kind: 'any', of: c.any.map(compileCondition) };
}

/** The paragraph around [start, end), at most `radius` characters either side. */
export function paragraphWindow(text: string, start: number, end: number, radius: number): [number, number] {
  let a = Math.max(0, start - radius);
  let b = Math.min(text.length, end + radius);
  const slice = text.slice(a, b);
  HARD_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  let newA = a;
  let newB = b;
  while ((m = HARD_BREAK.exec(slice)) !== null) {
    const at = a + m.index;
    if (at + m[0].length <= start) newA = at + m[0].length;
    else if (at >= end) {
      newB = at;
      break;
    }
  }
  return [newA, newB];
}

/** The words as one alternation, any apostrophe, any dash and any run of whitespace allowed. */
function alternativesOf(words: readonly string[], fold = foldText): string {
  return words
    .map((w) =>
      escapeRegExp(fold(w))
        .replace(/['’]/g, "['’‘ʼ]")
        .replace(/-/g, '[-‐‑‒–]')
        .replace(/ /g, '\\s+'),
    )
    .join('|');
}

/** The value cached for a word list, made on first use: each alias compiles its own conditions, and many share one list. */
function byWords<T>(cache: Map<string, T>, words: readonly string[], make: () => T): T {
  const key = words.join('\n');
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

const namesCache = new Map<string, RegExp>();

/** Names as written, letter case kept ("US" is not "us"), every whole-word occurrence. */
function namesPattern(words: readonly string[]): RegExp {
  return byWords(namesCache, words, () => new RegExp(`(?<![A-Za-z0-9])(?:${alternativesOf(words, (w) => w)})(?![A-Za-z0-9])`, 'g'));
}

interface NearPatterns {
  /** The words between ASCII word boundaries, case-insensitively: cheap to build. */
  quick: RegExp;
  /** The words between Unicode word boundaries: the definition, built only when the quick one cannot decide. */
  exact: () => RegExp;
}

/**
 * Built on first use and shared by every condition with the same words: most word lists
 * never meet a candidate on a given page, and a Unicode-aware case-insensitive pattern
 * costs a page milliseconds to build.
 */
const nearCache = new Map<string, NearPatterns>();

/**
 * Any of the words as a whole word in raw text: case-insensitive, any apostrophe, any
 * dash, any run of whitespace, so the window need not be folded first.
 */
function nearPatterns(words: readonly string[]): NearPatterns {
  return byWords(nearCache, words, () => {
    const alternatives = alternativesOf(words);
    let exact: RegExp | null = null;
    return {
      quick: new RegExp(`(?<![A-Za-z0-9])(?:${alternatives})(?![A-Za-z0-9])`, 'i'),
      exact: () => (exact ??= new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu')),
    };
  });
}

/** The code point ending right before `i`, or -1 at the start. */
function codePointBefore(s: string, i: number): number {
  if (i <= 0) return -1;
  const low = s.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.codePointAt(i - 2)!;
  }
  return low;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** ASCII answered by hand: the words and phrases compared here are nearly all ASCII. */
function isLetterOrDigit(cp: number): boolean {
  if (cp < 128) return isAsciiAlnum(cp);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/**
 * Whether any of the words stands whole in `s`. The quick pattern settles it unless the
 * word it found touches a non-ASCII letter or digit; then the exact one decides.
 */
function hasNear(p: NearPatterns, s: string): boolean {
  const m = p.quick.exec(s);
  if (!m) return false;
  const after = s.codePointAt(m.index + m[0].length) ?? -1;
  if (!isLetterOrDigit(codePointBefore(s, m.index)) && !isLetterOrDigit(after)) return true;
  return p.exact().test(s);
}

/** Blank to `trim`: what the matcher reads as space, invisible characters, and a vertical tab. */
function isBlankKey(k: number): boolean {
  return k === SPACE || k === IGNORE || k === 11;
}

/** Spaces and invisible characters: a space in a phrase stands for a run of them. */
function isSpaceRun(k: number): boolean {
  return k === SPACE || k === IGNORE;
}

/**
 * Whether text[lo, hi), folded as the matcher folds names and with trailing blanks
 * trimmed, ends with the folded `phrase` as a whole word. Read backwards in place: no
 * copy of the window, and most phrases fail at their last character.
 */
function endsWithPhrase(text: string, lo: number, hi: number, phrase: string): boolean {
  let p = hi;
  while (p > lo && isBlankKey(keyOf(text.charCodeAt(p - 1)))) p--;
  for (let i = phrase.length - 1; i >= 0; i--) {
    while (p > lo && keyOf(text.charCodeAt(p - 1)) === IGNORE) p--;
    if (p <= lo || keyOf(text.charCodeAt(p - 1)) !== phrase.charCodeAt(i)) return false;
    p--;
    if (phrase.charCodeAt(i) === SPACE) while (p > lo && isSpaceRun(keyOf(text.charCodeAt(p - 1)))) p--;
  }
  if (!isLetterOrDigit(phrase.charCodeAt(0))) return true;
  while (p > lo && keyOf(text.charCodeAt(p - 1)) === IGNORE) p--;
  return p <= lo || !isLetterOrDigit(keyOf(text.charCodeAt(p - 1)));
}

/** The mirror of endsWithPhrase: text[lo, hi), leading blanks trimmed, starts with the phrase. */
function startsWithPhrase(text: string, lo: number, hi: number, phrase: string): boolean {
  let p = lo;
  while (p < hi && isBlankKey(keyOf(text.charCodeAt(p)))) p++;
  for (let i = 0; i < phrase.length; i++) {
    while (p < hi && keyOf(text.charCodeAt(p)) === IGNORE) p++;
    if (p >= hi || keyOf(text.charCodeAt(p)) !== phrase.charCodeAt(i)) return false;
    p++;
    if (phrase.charCodeAt(i) === SPACE) while (p < hi && isSpaceRun(keyOf(text.charCodeAt(p)))) p++;
  }
  if (!isLetterOrDigit(phrase.charCodeAt(phrase.length - 1))) return true;
  while (p < hi && keyOf(text.charCodeAt(p)) === IGNORE) p++;
  return p >= hi || !isLetterOrDigit(keyOf(text.charCodeAt(p)));
}

/** Whether text[lo, hi) holds nothing but blanks. */
function isBlank(text: string, lo: number, hi: number): boolean {
  for (let p = lo; p < hi; p++) if (!isBlankKey(keyOf(text.charCodeAt(p)))) return false;
  return true;
}

export function holds(c: CompiledCondition, ctx: ConditionContext): boolean {
  switch (c.kind) {
    case 'seen':
      return ctx.seen;
    case 'alone': {
      const [a, b] = paragraphWindow(ctx.text, ctx.start, ctx.end, EDGE_WINDOW);
      return isBlank(ctx.text, a, ctx.start) && isBlank(ctx.text, ctx.end, b);
    }
    case 'any':
      return c.of.some((x) => holds(x, ctx));
    case 'all':
      return c.of.every((x) => holds(x, ctx));
    case 'near': {
      const [a, b] = paragraphWindow(ctx.text, ctx.start, ctx.end, NEAR_RADIUS);
      const p = nearPatterns(c.words);
      return hasNear(p, ctx.text.slice(a, ctx.start)) || hasNear(p, ctx.text.slice(ctx.end, b));
    }
    case 'earlier': {
      const [a] = paragraphWindow(ctx.text, ctx.start, ctx.end, SENTENCE_RADIUS);
      c.patterns ??= { words: namesPattern(c.words), over: c.over ? namesPattern(c.over) : null };
      return heldEarlier(c.patterns, ctx.text, a, ctx.start);
    }
    case 'before': {
      const [a] = paragraphWindow(ctx.text, ctx.start, ctx.end, EDGE_WINDOW);
      c.folded ??= c.phrases.map(foldText);
      return c.folded.some((p) => endsWithPhrase(ctx.text, a, ctx.start, p));
    }
    case 'after': {
      const [, b] = paragraphWindow(ctx.text, ctx.start, ctx.end, EDGE_WINDOW);
      c.folded ??= c.phrases.map(foldText);
      return c.folded.some((p) => startsWithPhrase(ctx.text, ctx.end, b, p));
    }
  }
}
