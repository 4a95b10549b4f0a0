/**
 * The matcher compiled ahead of time, by the knowledge build, for the shipped lexicon.
 * Compiling in the page (folding every alias, working out its rules, writing the start
 * expression) costs ~16 ms of cold JavaScript on every page load; reviving the build's
 * result costs building the trie from the aliases' keys (~2-3 ms for 512 keys). The format is compact
 * because the content script carries it into every page.
 */
import type { LexiconEntry } from '../types';
import { type AliasFacts, type CompiledLexicon, aliasCount, compileAliases, compileLexicon, trieOf } from './compile';
import { StartScanner, carefulSource, startSource } from './starts';

/** An alias's facts: its key (0 when it is the text in lower case), word count and flags. */
type AliasTuple = [key: string | 0, wordCount: number, flags: number];

export interface PrecompiledMatcher {
  /** One per alias, in lexicon order (each entry's aliases, then its bare surname). */
  aliases: AliasTuple[];
  /** The expressions that send a text down the careful path and find where names may start, as source. */
  careful: string;
  starts: string;
}

const FLAGS = ['plural', 'openStart', 'openEnd', 'titledEastern', 'extensible'] as const;

export function precompile(entries: readonly LexiconEntry[]): PrecompiledMatcher {
  const aliases = compileAliases(entries);
  const lex = trieOf(aliases);
  return {
    aliases: aliases.map((a) => [a.key === a.text.toLowerCase() ? 0 : a.key, a.wordCount, FLAGS.reduce((f, name, bit) => f | (a[name] ? 1 << bit : 0), 0)]),
    careful: carefulSource(lex.ends),
    starts: startSource(lex.trie),
  };
}

function factsFrom([key, wordCount, flags]: AliasTuple, text: string): AliasFacts {
  const has = (name: (typeof FLAGS)[number]) => (flags & (1 << FLAGS.indexOf(name))) !== 0;
  return {
    key: key === 0 ? text.toLowerCase() : key,
    wordCount,
    plural: has('plural'),
    openStart: has('openStart'),
    openEnd: has('openEnd'),
    titledEastern: has('titledEastern'),
    extensible: has('extensible'),
  };
}

export interface MatcherParts {
  lex: CompiledLexicon;
  careful: RegExp;
  starts: StartScanner;
}

/** The matcher compiled here and now: for lexicons the build did not see (the build's own, tests, the scanner's). */
export function compileHere(entries: readonly LexiconEntry[]): MatcherParts {
  const lex = compileLexicon(entries);
  return { lex, careful: new RegExp(carefulSource(lex.ends)), starts: new StartScanner(startSource(lex.trie)) };
}

/** The build's matcher for `entries`, ready to use; compiled here if it was built from another lexicon. */
export function revive(data: PrecompiledMatcher, entries: readonly LexiconEntry[]): MatcherParts {
  if (data.aliases.length !== aliasCount(entries)) return compileHere(entries);
  const aliases = compileAliases(entries, (i, text) => factsFrom(data.aliases[i]!, text));
  return { lex: trieOf(aliases), careful: new RegExp(data.careful), starts: new StartScanner(data.starts) };
}
