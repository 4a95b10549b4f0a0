/**
 * The lexicon the content script ships: names and rules, no card text (see shipped.ts),
 * and the matcher the knowledge build compiled from it.
 */
import type { Lexicon } from './compiled';
import lexiconJson from './generated/lexicon.json';
import matcherJson from './generated/matcher.json';
import { type PackedLexicon, unpackLexicon } from './lexicon-file';
import type { PrecompiledMatcher } from './matcher';

export const lexicon: Lexicon = unpackLexicon(lexiconJson as unknown as PackedLexicon);
export const precompiledMatcher = matcherJson as unknown as PrecompiledMatcher;
