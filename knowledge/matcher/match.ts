/**
 * Finds mentions of curated entities in plain text: whole words, longest match first,
 * tolerant of curly apostrophes, no-break spaces, line breaks and invisible characters
 * inside names, possessives and plurals.
 */
import type { LexiconEntry, Mention } from '../types';
import { IGNORE, SPACE, isHanCode, isIgnorableCode, isSpaceCode, isWordCode, keyOf } from './chars';
import { type CompiledAlias, type CompiledLexicon, type TrieNode, compileLexicon } from './compile';
import { holds } from './conditions';
import { checkCase } from './letter-case';
import { SOMEONE_ELSE, wordAfter, wordBefore } from './surnames';

/**
 * What the matcher remembers while reading one document, possibly in many pieces:
 * who has been mentioned, and who each bare surname currently means.
 */
export interface MatchSession {
  seen: Set<string>;
  owners: Map<string, string>;
}

export function createSession(): MatchSession {
  return { seen: new Set(), owners: new Map() };
}

/**
 * Where `walk` leaves the alias ends it reached: reused buffers, because a walk runs at
 * nearly every word and most end after a character or two with nothing found.
 */
const foundNodes: TrieNode[] = [];
const foundEnds: number[] = [];

type Verdict = 'accept' | 'reject' | 'block';

const GENERATIONAL = /^\s*,?\s*(?:jr|sr|ii|iii|iv)\b/i;

/** Walks the trie from `start`; returns how many alias ends it reached (in foundNodes/foundEnds, shortest first). */
function walk(root: TrieNode, text: string, start: number): number {
  let count = 0;
  let node = root;
  let p = start;
  const n = text.length;
  while (p < n) {
    const c = text.charCodeAt(p);
    const k = keyOf(c);
    if (k === IGNORE) {
      p++;
      continue;
    }
    let next: TrieNode | undefined;
    if (k === SPACE) {
      next = node.next.get(SPACE);
      if (!next) break;
      let newlines = 0;
      while (p < n && (isSpaceCode(text.charCodeAt(p)) || isIgnorableCode(text.charCodeAt(p)))) {
        const w = text.charCodeAt(p);
        if (w === 10 || w === 0x2029) newlines += w === 10 ? 1 : 2;
        p++;
      }
      // A blank line (or paragraph separator) ends the paragraph: no name spans it.
      if (newlines > 1) break;
    } else {
      next = node.next.get(k);
      if (!next) break;
      p++;
    }
    node = next;
    if (node.out) {
      foundNodes[count] = node;
      foundEnds[count] = p;
      count++;
    }
  }
  return count;
}

/** Endings an apostrophe may add to a name: possessive and contractions ("Musk's", "Trump'll"). */
const CLITICS = new Set(['s', 'd', 'll', 're', 've']);

function boundaryAt(text: string, p: number): boolean {
  if (p >= text.length) return true;
  const c = text.charCodeAt(p);
  if (isWordCode(c)) return false;
  if (keyOf(c) !== 39 || !isWordCode(text.charCodeAt(p + 1))) return true;
  // "Xi'an" is one word; "Xi's" is Xi.
  let q = p + 1;
  while (q < text.length && isWordCode(text.charCodeAt(q))) q++;
  return CLITICS.has(text.slice(p + 1, q).toLowerCase());
}

/** Where the mention ends, given the alias end: after a plural suffix, or null if not a whole word. */
function wordEnd(alias: CompiledAlias, text: string, end: number): number | null {
  if (alias.openEnd || !isWordCode(alias.text.charCodeAt(alias.text.length - 1)) || boundaryAt(text, end)) return end;
  if (!alias.plural) return null;
  for (const suffix of ['s', 'es']) {
    const s = text.slice(end, end + suffix.length);
    if (s.toLowerCase() === suffix && boundaryAt(text, end + suffix.length)) return end + suffix.length;
  }
  return null;
}

function judgeSurname(alias: CompiledAlias, text: string, start: number, end: number, session: MatchSession): Verdict {
  const s = alias.surname!;
  const prev = wordBefore(text, start);
  const next = wordAfter(text, end);
  if (prev?.nameLike) {
    if (s.given.has(prev.word)) return 'accept';
    // In a title-case headline ("How China Sees Trump Policy") capitals say nothing about names.
    if (wordBefore(text, prev.start)?.nameLike || next?.nameLike) return 'reject';
    session.owners.set(s.key, SOMEONE_ELSE);
    return 'reject';
  }
  if (GENERATIONAL.test(text.slice(end, end + 6)) || (s.order === 'eastern' && next?.nameLike && !s.given.has(next.word))) {
    session.owners.set(s.key, SOMEONE_ELSE);
    return 'block';
  }
  const owner = session.owners.get(s.key);
  if (owner === undefined) return s.alone === 'always' ? 'accept' : 'reject';
  return owner === alias.id ? 'accept' : 'reject';
}

function judge(alias: CompiledAlias, text: string, start: number, end: number, session: MatchSession): Verdict {
  if (!checkCase(alias, text, start, end)) return 'reject';
  const ctx = { text, start, end, seen: session.seen.has(alias.id) };
  if (alias.unless && holds(alias.unless, ctx)) return 'reject';
  if (alias.when && !holds(alias.when, ctx)) return 'reject';
  if (alias.bareSurname) return judgeSurname(alias, text, start, end, session);
  if (alias.surname && GENERATIONAL.test(text.slice(end, end + 6))) {
    // "Donald Trump Jr." is someone else, and so is the bare surname for a while.
    session.owners.set(alias.surname.key, SOMEONE_ELSE);
    return 'block';
  }
  return 'accept';
}

function record(alias: CompiledAlias, session: MatchSession): void {
  session.seen.add(alias.id);
  if (alias.surname) session.owners.set(alias.surname.key, alias.id);
}

/**
 * A name inside a match may continue past it as a longer name of the same entity:
 * "Vice President Han" + "Han Zheng". The mention then covers both.
 */
function extend(lex: CompiledLexicon, text: string, id: string, start: number, end: number, session: MatchSession): number {
  let furthest = end;
  for (let p = start + 1; p < end; p++) {
    if (!isWordCode(text.charCodeAt(p)) || isWordCode(text.charCodeAt(p - 1))) continue;
    const count = walk(lex.root, text, p);
    const nodes = foundNodes.slice(0, count);
    const ends = foundEnds.slice(0, count);
    for (let i = 0; i < count; i++) {
      const node = nodes[i]!;
      const e = ends[i]!;
      if (e <= furthest) continue;
      for (const alias of node.out!) {
        if (alias.id !== id || alias.bareSurname) continue;
        const stop = wordEnd(alias, text, e);
        if (stop !== null && judge(alias, text, p, e, session) === 'accept') furthest = stop;
      }
    }
  }
  return furthest;
}

/**
 * The best mention starting at `start`, or a number: how far to skip when a
 * refused name must not be matched in parts (e.g. "Donald Trump Jr.").
 */
function matchAt(lex: CompiledLexicon, text: string, start: number, session: MatchSession): Mention | number | null {
  const count = walk(lex.root, text, start);
  if (count === 0) return null;
  // Copied: judging a candidate may walk again (extend) and reuse the buffers.
  const nodes = foundNodes.slice(0, count);
  const ends = foundEnds.slice(0, count);
  for (let i = count - 1; i >= 0; i--) {
    const node = nodes[i]!;
    const end = ends[i]!;
    for (const alias of node.out!) {
      const stop = wordEnd(alias, text, end);
      if (stop === null) continue;
      const verdict = judge(alias, text, start, end, session);
      if (verdict === 'block') return stop;
      if (verdict === 'reject') continue;
      record(alias, session);
      const last = extend(lex, text, alias.id, start, stop, session);
      return { id: alias.id, start, end: last, text: text.slice(start, last) };
    }
  }
  return null;
}

/** A compiled matcher: build it once, use it on any number of texts. */
export interface Matcher {
  readonly entries: readonly LexiconEntry[];
  /** Mentions in `text`, in order. Pass one session for all the pieces of one document. */
  find(text: string, session?: MatchSession): Mention[];
}

/**
 * A cheap look at the first two characters before walking: most words of a page start
 * like no alias, and rejecting them here keeps the scan close to a bare read of the text.
 */
function couldStart(first: Map<number, TrieNode>, text: string, i: number, c: number): boolean {
  const n1 = first.get(keyOf(c));
  if (!n1) return false;
  if (n1.out || i + 1 >= text.length) return true;
  const k2 = keyOf(text.charCodeAt(i + 1));
  return k2 === IGNORE || n1.next.has(k2);
}

/** Characters the trie skips inside names; a text with any of them takes the careful path. */
const INVISIBLES = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

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

interface Prefilter {
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
function prefilterFor(entries: readonly LexiconEntry[]): Prefilter {
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
    others: others.size ? new RegExp(`[${[...others].map(escapeRegExp).join('')}]`, 'i') : null,
  };
}

function isWordStart(text: string, i: number): boolean {
  return isWordCode(text.charCodeAt(i)) && (i === 0 || !isWordCode(text.charCodeAt(i - 1)));
}

export function createMatcher(entries: readonly LexiconEntry[]): Matcher {
  const lex = compileLexicon(entries);
  const first = lex.root.next;
  const prefilter = prefilterFor(entries);

  /** Every word start, in order: the reference path, for texts the prefilter cannot judge. */
  function findCarefully(text: string, session: MatchSession, out: Mention[]): void {
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (!isWordCode(c)) {
        i++;
        continue;
      }
      // i is a word start. Try it, then (if nothing matched) skip the rest of the
      // word, trying only Han characters inside it, which need no word boundary.
      const hit = couldStart(first, text, i, c) ? matchAt(lex, text, i, session) : null;
      if (typeof hit === 'number') {
        i = hit;
        continue;
      }
      if (hit) {
        out.push(hit);
        i = hit.end;
        continue;
      }
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (!isWordCode(d)) break;
        if (isHanCode(d) && first.has(d)) {
          const inner = matchAt(lex, text, i, session);
          if (inner && typeof inner !== 'number') {
            out.push(inner);
            i = inner.end;
            break;
          }
        }
        i++;
      }
    }
  }

  /** Only where the prefilter points: the same mentions, far less JavaScript. */
  function findQuickly(text: string, session: MatchSession, out: Mention[]): void {
    const re = prefilter.ascii;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const i = m.index;
      re.lastIndex = i + 1;
      if (!isWordStart(text, i)) continue;
      const hit = matchAt(lex, text, i, session);
      if (typeof hit === 'number') re.lastIndex = hit;
      else if (hit) {
        out.push(hit);
        re.lastIndex = hit.end;
      }
    }
  }

  return {
    entries,
    find(text, session = createSession()) {
      const out: Mention[] = [];
      const careful = INVISIBLES.test(text) || (prefilter.others !== null && prefilter.others.test(text));
      if (careful) findCarefully(text, session, out);
      else findQuickly(text, session, out);
      return out;
    },
  };
}
