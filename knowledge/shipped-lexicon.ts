/** The lexicon the content script ships: names and rules, no card text. See shipped.ts. */
import type { Lexicon } from './compiled';
import lexiconJson from './generated/lexicon.json';

export const lexicon = lexiconJson as unknown as Lexicon;
