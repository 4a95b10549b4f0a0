/**
 * The matcher's prefilter: a native regular expression over the start of every alias,
 * so that the trie is walked only where a name can begin.
 */
import type { LexiconEntry } from '../types';
import { keyOf } from './chars';

/** Characters the trie skips inside names; a text with any of them takes the careful path. */
export const INVISIBLES = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The start of an ASCII alias as a plain literal: its first word, plus the next character
 * when that word is under three letters ("u." of "U.S.", "g-" of "G-20"), so that it stays
 * rare in prose.
 */
function prefixPattern(alias: string): string {
  const text = alias.trim();
  const word = /^[\p{L}\p{N}\p{M}]+/u.exec(text)?.[0] ?? text.slice(0, 1);
  let src = escapeRegExp(word);
  if (word.length < 3) {
    const next = text[word.length];
    if (next === undefined || /\s/.test(next)) src += '\\b';
    else if (keyOf(next.charCodeAt(0)) === 45) src += '[-‐‑‒–−]';
    else if (keyOf(next.charCodeAt(0)) === 39) src += "['’‘ʼ`′´]";
    else src += escapeRegExp(next);
  }
  return src;
}

export interface Prefilter {
  /** Candidate starts of aliases that begin with an ASCII letter or digit. */
  ascii: RegExp;
  /** First characters of the other aliases (Han names): a text with any of them is read carefully. */
  others: RegExp | null;
}

/**
 * A native regular expression finds the few places worth walking the trie from, so the
 * matcher's JavaScript runs per candidate rather than per character. Its candidates are
 * a superset of the real word starts; each is checked again by the walk.
 */
export function prefilterFor(entries: readonly LexiconEntry[]): Prefilter {
  const ascii = new Set<string>();
  const others = new Set<string>();
  const add = (alias: string) => {
    const t = alias.trim();
    if (/^[A-Za-z0-9]/.test(t)) ascii.add(prefixPattern(t));
    else if (t) others.add(t[0]!);
  };
  for (const e of entries) {
    for (const a of e.aliases) add(typeof a === 'string' ? a : a.text);
    if (e.surname) add(e.surname.text);
  }
  const alts = [...ascii].sort((a, b) => b.length - a.length).join('|');
  return {
    ascii: new RegExp(alts ? `(?<![A-Za-z0-9])(?:${alts})` : '(?!)', 'gi'),
    // Both cases spelled out: a case-insensitive class of non-ASCII characters is slow.
    others: others.size ? new RegExp(`[${[...others].flatMap((c) => [c, c.toLowerCase(), c.toUpperCase()]).map(escapeRegExp).join('')}]`) : null,
  };
}

