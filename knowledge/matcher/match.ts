/**
 * Finds mentions of curated entities in plain text: whole words, longest match first,
 * tolerant of curly apostrophes, no-break spaces, line breaks and invisible characters
 * inside names, possessives and plurals.
 */
import type { MatchEntry, Mention } from '../types';
import { isHanCode, isWordCode } from './chars';
import type { CompiledLexicon } from './compile';
import { judge, record } from './judge';
import { type PrecompiledMatcher, compileHere, revive } from './precompiled';
import { type MatchSession, createSession } from './session';
import { foundEnds, foundNodes } from './trie';
import { wordEnd } from './walk';
import { type Walked, WalkCache, acceptPlain } from './walk-cache';

export { type MatchSession, createSession };

/** How much of a long text is checked for the careful path per call (see findPiece). */
const CHECK_CHARS = 65_536;

/**
 * A name inside a match may continue past it as a longer name of the same entity:
 * "Vice President Han" + "Han Zheng". The mention then covers both.
 */
function extend(lex: CompiledLexicon, text: string, id: string, start: number, end: number, session: MatchSession): number {
  let furthest = end;
  for (let p = start + 1; p < end; p++) {
    if (!isWordCode(text.charCodeAt(p)) || isWordCode(text.charCodeAt(p - 1))) continue;
    // Judging never walks, so the walk's buffers hold until the next position.
    const count = lex.trie.walk(text, p);
    for (let i = 0; i < count; i++) {
      const node = foundNodes[i]!;
      const e = foundEnds[i]!;
      if (e <= furthest) continue;
      for (const alias of node.out!) {
        if (alias.id !== id || alias.bareSurname) continue;
        const stop = wordEnd(alias, text, e);
        if (stop !== null && judge(alias, text, p, e, session, stop) === 'accept') furthest = stop;
      }
    }
  }
  return furthest;
}

/**
 * The best mention among the alias ends a walk from `start` reached, or a number: how
 * far to skip when a refused name must not be matched in parts (e.g. "Donald Trump Jr.").
 * `base` is where the walked text began in `text`.
 */
function choose(lex: CompiledLexicon, text: string, start: number, w: Walked, base: number, session: MatchSession): Mention | number | null {
  // The buffers are read in place: only `extend` walks again, and it runs last.
  for (let i = w.count - 1; i >= 0; i--) {
    const node = w.nodes[i]!;
    const end = base + w.ends[i]!;
    for (const alias of node.out!) {
      const stop = wordEnd(alias, text, end);
      if (stop === null) continue;
      const verdict = judge(alias, text, start, end, session, stop);
      if (verdict === 'block') return stop;
      if (verdict === 'reject') continue;
      record(alias, session);
      const last = alias.extensible ? extend(lex, text, alias.id, start, stop, session) : stop;
      return { id: alias.id, start, end: last, text: text.slice(start, last) };
    }
  }
  return null;
}

function matchAt(lex: CompiledLexicon, text: string, start: number, session: MatchSession): Mention | number | null {
  const count = lex.trie.walk(text, start);
  return count ? choose(lex, text, start, { count, nodes: foundNodes, ends: foundEnds }, 0, session) : null;
}

/** A compiled matcher: build it once, use it on any number of texts. */
export interface Matcher {
  readonly entries: readonly MatchEntry[];
  /** Mentions in `text`, in order. Pass one session for all the pieces of one document. */
  find(text: string, session?: MatchSession): Mention[];
  /**
   * The mentions of `text` that start from `from` up to about `until`, appended to `out`;
   * returns where the next piece starts (text.length once all is read). A long text read
   * piece by piece, with one session, gives exactly the mentions `find` gives: the
   * whole text is there for each name's context, only where names may start is cut. A
   * call on a long text may first only read ahead, returning `from`: call again.
   */
  findPiece(text: string, session: MatchSession, from: number, until: number, out: Mention[]): number;
}

/**
 * A matcher for `entries`. Pass the knowledge build's `precompiled` matcher when
 * `entries` is the shipped lexicon itself: the page then skips compiling it.
 */
export function createMatcher(entries: readonly MatchEntry[], precompiled?: PrecompiledMatcher): Matcher {
  const { lex, careful, starts } = precompiled ? revive(precompiled, entries) : compileHere(entries);
  const walks = new WalkCache();
  const trie = lex.trie;

  /** Every word start, in order: the reference path, for texts the quick path cannot judge. */
  function findCarefully(text: string, session: MatchSession, out: Mention[], from: number, until: number): number {
    const n = text.length;
    let i = from;
    while (i < n && i < until) {
      const c = text.charCodeAt(i);
      if (!isWordCode(c)) {
        i++;
        continue;
      }
      // i is a word start. Try it, then (if nothing matched) skip the rest of the
      // word, trying only Han characters inside it, which need no word boundary.
      const hit = matchAt(lex, text, i, session);
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
        if (isHanCode(d) && trie.child(0, d) >= 0) {
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
    return Math.min(i, n);
  }

  /** Only at the word starts the start expression finds: the same mentions, far less JavaScript. */
  function findQuickly(text: string, session: MatchSession, out: Mention[], pieceFrom: number, until: number): number {
    // Word starts before `from` lie inside a name already found (or refused whole).
    let from = pieceFrom;
    for (const i of starts.scan(text, pieceFrom, until)) {
      if (i < from) continue;
      const count = trie.walk(text, i);
      if (!count) continue;
      from = i + 1;
      const w = walks.of(text, i, count);
      const hit = (w.plain && acceptPlain(w, text, i, session)) || choose(lex, text, i, w, i, session);
      if (typeof hit === 'number') from = hit;
      else if (hit) {
        out.push(hit);
        from = hit.end;
      }
    }
    return Math.min(Math.max(from, until), text.length);
  }

  /**
   * Which path the text read piece by piece takes, and how far it has been checked. The
   * check is a scan for single characters, so it can be cut anywhere; on a long text
   * (one block holding a whole page) it is done a part at a time: 280,000 characters
   * took it 5-8 ms in Chromium.
   */
  let checkedText: string | null = null;
  let checkedTo = 0;
  let checkedCareful = false;

  /** Checks the next part of `text`; true once its path is known. */
  function pathKnown(text: string): boolean {
    if (text !== checkedText) {
      checkedText = text;
      checkedTo = 0;
      checkedCareful = false;
    }
    if (checkedCareful || checkedTo >= text.length) return true;
    const to = Math.min(text.length, checkedTo + CHECK_CHARS);
    checkedCareful = careful.test(checkedTo === 0 && to === text.length ? text : text.slice(checkedTo, to));
    checkedTo = to;
    return checkedCareful || checkedTo >= text.length;
  }

  function findPiece(text: string, session: MatchSession, from: number, until: number, out: Mention[]): number {
    if (!pathKnown(text)) return from;
    return checkedCareful ? findCarefully(text, session, out, from, until) : findQuickly(text, session, out, from, until);
  }

  return {
    entries,
    find(text, session = createSession()) {
      const out: Mention[] = [];
      for (let at = 0; at < text.length; ) at = findPiece(text, session, at, text.length, out);
      return out;
    },
    findPiece,
  };
}
