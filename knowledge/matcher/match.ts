/**
 * Finds mentions of curated entities in plain text: whole words, longest match first,
 * tolerant of curly apostrophes, no-break spaces, line breaks and invisible characters
 * inside names, possessives and plurals.
 */
import type { LexiconEntry, Mention } from '../types';
import { IGNORE, isHanCode, isWordCode, keyOf } from './chars';
import { type CompiledLexicon, type TrieNode, compileLexicon } from './compile';
import { judge, record } from './judge';
import { INVISIBLES, prefilterFor } from './prefilter';
import { type MatchSession, createSession } from './session';
import { foundEnds, foundNodes, walk, wordEnd } from './walk';

export { type MatchSession, createSession };

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
