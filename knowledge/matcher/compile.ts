/**
 * Compiles the lexicon into a character trie. Matching walks the trie from each word
 * start, so its cost follows the text's length and the longest alias, not the
 * number of aliases.
 */
import type { AliasSpec, MatchEntry, SurnameSpec } from '../types';
import { foldText, isHanCode, isWordCode } from './chars';
import { type CompiledCondition, compileCondition } from './conditions';
import { Trie } from './trie';

export interface CompiledSurname {
  key: string;
  given: ReadonlySet<string>;
  order: SurnameSpec['order'];
  alone: SurnameSpec['alone'];
}

export interface CompiledAlias {
  id: string;
  /** The alias as written, whitespace collapsed: its letter case is checked against the text. */
  text: string;
  /** The alias folded as the trie reads it (keyOf of each character): its path in the trie. */
  key: string;
  wordCount: number;
  when: CompiledCondition | null;
  unless: CompiledCondition | null;
  /** Last word is a lower-case common noun: "working group" also matches "working groups". */
  plural: boolean;
  /** Han characters at an edge need no word boundary there. */
  openStart: boolean;
  openEnd: boolean;
  /** Set on a bare surname; on a person's full name, the surname it claims. */
  surname: CompiledSurname | null;
  bareSurname: boolean;
  /** A title before a surname written first ("Premier Li", "President Xi"). */
  titledEastern: boolean;
  /**
   * A longer name of the same entity can start inside this one ("Vice President Han" +
   * "Han Zheng"), so a match may need extending. Known at compile time, so the matcher
   * looks for an extension only where one can exist.
   */
  extensible: boolean;
}

/** Where aliases end in the trie: every alias with that folded key. */
export interface AliasEnd {
  readonly out: CompiledAlias[];
}

export interface CompiledLexicon {
  readonly trie: Trie;
  /** Every alias end by its folded key. */
  readonly ends: ReadonlyMap<string, AliasEnd>;
}

/** The alias with leading, trailing and repeated whitespace tidied to single spaces. */
export function collapse(s: string): string {
  return s.trim().replace(/\s+/g, ' ');
}

function addOut(end: AliasEnd, alias: CompiledAlias): void {
  end.out.push(alias);
  ruledFirst(end.out);
}

/** Ruled aliases are tried before an unruled one with the same spelling: the rule chooses. */
export function ruledFirst(out: CompiledAlias[]): void {
  if (out.length > 1) out.sort((a, b) => Number(!isRuled(a)) - Number(!isRuled(b)));
}

function isRuled(a: CompiledAlias): boolean {
  return a.when !== null || a.bareSurname;
}

function countWords(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (isWordCode(text.charCodeAt(i)) && (i === 0 || !isWordCode(text.charCodeAt(i - 1)))) n++;
  }
  return n;
}

export function compileSurname(s: SurnameSpec): CompiledSurname {
  return { key: foldText(s.text), given: new Set(s.given.map(foldText)), order: s.order, alone: s.alone };
}

/**
 * What compiling works out about an alias beyond its spec: the knowledge build writes
 * these ahead of time (see precompiled.ts), so the page need not work them out again.
 */
export type AliasFacts = Pick<CompiledAlias, 'key' | 'wordCount' | 'plural' | 'openStart' | 'openEnd' | 'titledEastern' | 'extensible'>;

function factsOf(text: string, surname: CompiledSurname | null, bare: boolean): AliasFacts {
  const key = foldText(text);
  const lastWord = /[\p{L}]+$/u.exec(text)?.[0] ?? '';
  return {
    key,
    wordCount: countWords(text),
    plural: !bare && lastWord.length > 2 && lastWord === lastWord.toLowerCase() && !isHanCode(lastWord.charCodeAt(0)),
    openStart: isHanCode(text.charCodeAt(0)),
    openEnd: isHanCode(text.charCodeAt(text.length - 1)),
    titledEastern: surname?.order === 'eastern' && !bare && key.endsWith(` ${surname.key}`),
    // Set once all of the entry's aliases are known (markExtensible).
    extensible: false,
  };
}

export function makeAlias(entry: MatchEntry, spec: AliasSpec, text: string, surname: CompiledSurname | null, bare: boolean, facts: AliasFacts | null): CompiledAlias {
  return {
    id: entry.id,
    text,
    ...(facts ?? factsOf(text, surname, bare)),
    when: spec.when ? compileCondition(spec.when) : null,
    unless: spec.unless ? compileCondition(spec.unless) : null,
    surname,
    bareSurname: bare,
  };
}

/** Normalised form of an alias, the key under which two aliases collide. */
export function aliasKey(text: string): string {
  return foldText(collapse(text));
}

/**
 * Whether some full alias in `others` starts at a word inside `key` and runs past its
 * end: the text matched as `key` may continue there as that longer alias.
 */
function canExtend(key: string, others: readonly string[]): boolean {
  for (let q = 1; q < key.length; q++) {
    if (!isWordCode(key.charCodeAt(q)) || isWordCode(key.charCodeAt(q - 1))) continue;
    const tail = key.slice(q);
    if (others.some((o) => o.length > tail.length && o.startsWith(tail))) return true;
  }
  return false;
}

/** A bare surname as an alias: its text and its rules. */
export function surnameSpec({ text, when, unless }: SurnameSpec): AliasSpec {
  return { text, ...(when ? { when } : {}), ...(unless ? { unless } : {}) };
}

/** The specs an entry's aliases are compiled from, in order: its aliases, then its bare surname. */
function specsOf(entry: MatchEntry): { spec: AliasSpec; bare: boolean }[] {
  const list = entry.aliases.map((a) => ({ spec: typeof a === 'string' ? { text: a } : a, bare: false }));
  if (entry.surname) list.push({ spec: surnameSpec(entry.surname), bare: true });
  return list;
}

function markExtensible(list: readonly CompiledAlias[]): void {
  // Extensions are into full names only, as the matcher makes them.
  const full = list.filter((a) => !a.bareSurname).map((a) => a.key);
  for (const alias of list) alias.extensible = canExtend(alias.key, full);
}

/** Every alias of the lexicon with what the matcher needs to know about it, in lexicon order. */
export function compileAliases(entries: readonly MatchEntry[]): CompiledAlias[] {
  return entries.flatMap((entry) => {
    const surname = entry.surname ? compileSurname(entry.surname) : null;
    const list = specsOf(entry).map(({ spec, bare }) => makeAlias(entry, spec, collapse(spec.text), surname, bare, null));
    markExtensible(list);
    return list;
  });
}

/** How many aliases `entries` compiles to. */
export function aliasCount(entries: readonly MatchEntry[]): number {
  return entries.reduce((n, e) => n + e.aliases.length + (e.surname ? 1 : 0), 0);
}

/** The trie over compiled aliases (their folded keys). */
export function trieOf(aliases: readonly CompiledAlias[]): CompiledLexicon {
  const ends = new Map<string, AliasEnd>();
  for (const alias of aliases) {
    let end = ends.get(alias.key);
    if (!end) ends.set(alias.key, (end = { out: [] }));
    addOut(end, alias);
  }
  return { trie: new Trie(ends), ends };
}

export function compileLexicon(entries: readonly MatchEntry[]): CompiledLexicon {
  return trieOf(compileAliases(entries));
}

