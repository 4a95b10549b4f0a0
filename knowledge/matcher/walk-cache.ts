/**
 * Walks remembered by the text they ran over (from the start to the last alias end
 * reached), so that a page's few dozen spellings of names are judged once each, however
 * often they occur; for most of them what was found there is all there is to decide.
 */
import type { Mention } from '../types';
import type { AliasEnd, CompiledAlias } from './compile';
import { generationalAt, record } from './judge';
import { checkCase } from './letter-case';
import type { MatchSession } from './session';
import { foundEnds, foundNodes } from './trie';
import { wordEnd } from './walk';

/** Where a walk from one start reached alias ends: `count` of them, shortest first. */
export interface Walked {
  count: number;
  nodes: readonly AliasEnd[];
  /** Alias ends, as offsets from where the walked text began. */
  ends: readonly number[];
}

export interface CachedWalk extends Walked {
  /**
   * The alias the matcher tries first (at the longest end) when nothing around it can
   * change its verdict but the end of the word and, for a full name, a "Jr." after it:
   * no rules, no bare surname, letter case already right. Null otherwise.
   */
  plain: CompiledAlias | null;
}

function plainAlias(w: Walked, key: string): CompiledAlias | null {
  if (w.count === 0) return null;
  const alias = w.nodes[w.count - 1]!.out![0]!;
  if (alias.when || alias.unless || alias.bareSurname || alias.titledEastern || alias.extensible) return null;
  return checkCase(alias, key, 0, w.ends[w.count - 1]!) ? alias : null;
}

export class WalkCache {
  private cache = new Map<string, CachedWalk>();

  /** The walk from `start` whose `count` alias ends are in the trie's found buffers. */
  of(text: string, start: number, count: number): CachedWalk {
    const key = text.slice(start, foundEnds[count - 1]);
    let w = this.cache.get(key);
    if (!w) {
      const walked = { count, nodes: foundNodes.slice(0, count), ends: foundEnds.slice(0, count).map((e) => e - start) };
      w = { ...walked, plain: plainAlias(walked, key) };
      // Bounded: a page of endless distinct spellings must not grow it without end.
      if (this.cache.size >= 4096) this.cache.clear();
      this.cache.set(key, w);
    }
    return w;
  }
}

/**
 * The mention of a plain alias at `start`, as the full choice would make it; null when
 * the full choice must decide (the word runs on, or a "Jr." follows).
 */
export function acceptPlain(w: CachedWalk, text: string, start: number, session: MatchSession): Mention | null {
  const alias = w.plain!;
  const end = start + w.ends[w.count - 1]!;
  const stop = wordEnd(alias, text, end);
  if (stop === null || (alias.surname !== null && generationalAt(text, end))) return null;
  record(alias, session);
  return { id: alias.id, start, end: stop, text: text.slice(start, stop) };
}
