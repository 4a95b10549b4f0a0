/**
 * The matcher compiled ahead of time, by the knowledge build, for the shipped lexicon.
 * Compiling in the page (folding every alias, working out its rules, writing the start
 * expression) costs ~16 ms of cold JavaScript on every page load; reviving the build's
 * result costs building the trie from the aliases' keys (~5 ms in all for 580 keys), each
 * alias's rules being compiled when first reached. The format is compact because the
 * content script carries it into every page.
 */
import type { AliasSpec, MatchEntry } from '../types';
import {
  type AliasEnd,
  type AliasFacts,
  type CompiledAlias,
  type CompiledLexicon,
  type CompiledSurname,
  aliasCount,
  compileAliases,
  compileLexicon,
  compileSurname,
  makeAlias,
  ruledFirst,
  surnameSpec,
  trieOf,
} from './compile';
import { StartScanner, carefulSource, startSource } from './starts';
import { Trie } from './trie';

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

export function precompile(entries: readonly MatchEntry[]): PrecompiledMatcher {
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
export function compileHere(entries: readonly MatchEntry[]): MatcherParts {
  const lex = compileLexicon(entries);
  return { lex, careful: new RegExp(carefulSource(lex.ends)), starts: new StartScanner(startSource(lex.trie)) };
}

/** The build's matcher for `entries`, ready to use; compiled here if it was built from another lexicon. */
export function revive(data: PrecompiledMatcher, entries: readonly MatchEntry[]): MatcherParts {
  if (data.aliases.length !== aliasCount(entries)) return compileHere(entries);
  return { lex: lazyLexicon(data, entries), careful: new RegExp(data.careful), starts: new StartScanner(data.starts) };
}

/** Where an alias is written: its entry, and its place among the entry's aliases (past the last: the bare surname). */
interface AliasPlaces {
  entries: readonly MatchEntry[];
  entryOf: Uint16Array;
  placeOf: Uint16Array;
  data: PrecompiledMatcher;
  surnames: (CompiledSurname | null | undefined)[];
}

/** The alias's text alone, read without making a spec: revive reads every alias's. */
function textAt(entry: MatchEntry, place: number): string {
  const a = entry.aliases[place];
  return a === undefined ? entry.surname!.text : typeof a === 'string' ? a : a.text;
}

function specAt(entry: MatchEntry, place: number): AliasSpec {
  const a = entry.aliases[place];
  if (a === undefined) return surnameSpec(entry.surname!);
  return typeof a === 'string' ? { text: a } : a;
}

function compileAt(places: AliasPlaces, i: number): CompiledAlias {
  const e = places.entryOf[i]!;
  const entry = places.entries[e]!;
  const place = places.placeOf[i]!;
  const spec = specAt(entry, place);
  if (places.surnames[e] === undefined) places.surnames[e] = entry.surname ? compileSurname(entry.surname) : null;
  // The build's lexicon has its spaces tidied already (the knowledge build checks it):
  // in the page, a regular expression per alias cost ~1-1.5 ms of cold code.
  return makeAlias(entry, spec, spec.text, places.surnames[e]!, place === entry.aliases.length, factsFrom(places.data.aliases[i]!, spec.text));
}

/** The aliases ending at one trie node, compiled when a walk first reaches it. */
class LazyEnd implements AliasEnd {
  private made: CompiledAlias[] | null = null;
  readonly indices: number[] = [];

  constructor(private places: AliasPlaces) {}

  get out(): CompiledAlias[] {
    if (!this.made) {
      this.made = this.indices.map((i) => compileAt(this.places, i));
      ruledFirst(this.made);
    }
    return this.made;
  }
}

/**
 * The trie over the build's alias keys, each alias compiled only when a walk first
 * reaches its end: a page reaches few of its ~585 aliases, and compiling them all (rules,
 * facts, an object each) cost ~3.5 ms of cold code on every page load.
 */
function lazyLexicon(data: PrecompiledMatcher, entries: readonly MatchEntry[]): CompiledLexicon {
  const n = data.aliases.length;
  const places: AliasPlaces = { entries, entryOf: new Uint16Array(n), placeOf: new Uint16Array(n), data, surnames: [] };
  const ends = new Map<string, LazyEnd>();
  let i = 0;
  entries.forEach((entry, e) => {
    const count = entry.aliases.length + (entry.surname ? 1 : 0);
    for (let place = 0; place < count; place++, i++) {
      const key = data.aliases[i]![0];
      const folded = key === 0 ? textAt(entry, place).toLowerCase() : key;
      let end = ends.get(folded);
      if (!end) ends.set(folded, (end = new LazyEnd(places)));
      end.indices.push(i);
      places.entryOf[i] = e;
      places.placeOf[i] = place;
    }
  });
  return { trie: new Trie(ends), ends };
}
