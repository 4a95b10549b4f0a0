/**
 * The lexicon the content script ships: aliases and rules, no names or card text (see shipped.ts),
 * and the matcher the knowledge build compiled from it. Both are JSON text, parsed on
 * first use: a page's content script parses them in the task that builds its matcher,
 * not in the task that evaluates the script.
 */
import { LEXICON_JSON, MATCHER_JSON } from './generated/page-lexicon';
import { type PackedLexicon, unpackLexicon } from './lexicon-file';
import type { PrecompiledMatcher } from './matcher';
import type { MatchEntry } from './types';

export interface ShippedLexicon {
  lexicon: readonly MatchEntry[];
  precompiled: PrecompiledMatcher;
}

let shipped: ShippedLexicon | null = null;

/** The shipped lexicon and its precompiled matcher, parsed once. */
export function shippedLexicon(): ShippedLexicon {
  shipped ??= {
    lexicon: unpackLexicon(JSON.parse(LEXICON_JSON) as PackedLexicon),
    precompiled: JSON.parse(MATCHER_JSON) as PrecompiledMatcher,
  };
  return shipped;
}
