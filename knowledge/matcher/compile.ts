/**
 * Compiles the lexicon into a character trie. Matching walks the trie from each word
 * start, so its cost follows the text's length and the longest alias, not the
 * number of aliases.
 */
import type { AliasSpec, LexiconEntry, SurnameSpec } from '../types';
import { IGNORE, foldText, isHanCode, isWordCode, keyOf } from './chars';
import { type CompiledCondition, compileCondition } from './conditions';

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
}

export interface TrieNode {
  next: Map<number, TrieNode>;
  out: CompiledAlias[] | null;
}

export interface CompiledLexicon {
  root: TrieNode;
  entries: readonly LexiconEntry[];
  /** Length of the longest alias, in code units. */
  longest: number;
}

function newNode(): TrieNode {
  return { next: new Map(), out: null };
}

function collapse(s: string): string {
  return s.trim().replace(/\s+/g, ' ');
}

function insert(root: TrieNode, alias: CompiledAlias): void {
  let node = root;
  for (let i = 0; i < alias.text.length; i++) {
    const k = keyOf(alias.text.charCodeAt(i));
    if (k === IGNORE) continue;
    let child = node.next.get(k);
    if (!child) {
      child = newNode();
      node.next.set(k, child);
    }
    node = child;
  }
  const out = (node.out ??= []);
  out.push(alias);
  // Ruled aliases are tried before an unruled one with the same spelling: the rule chooses.
  out.sort((a, b) => Number(!isRuled(a)) - Number(!isRuled(b)));
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

function compileSurname(s: SurnameSpec): CompiledSurname {
  return { key: foldText(s.text), given: new Set(s.given.map(foldText)), order: s.order, alone: s.alone };
}

function makeAlias(entry: LexiconEntry, spec: AliasSpec, surname: CompiledSurname | null, bare: boolean): CompiledAlias {
  const text = collapse(spec.text);
  const lastWord = /[\p{L}]+$/u.exec(text)?.[0] ?? '';
  return {
    id: entry.id,
    text,
    wordCount: countWords(text),
    when: spec.when ? compileCondition(spec.when) : null,
    unless: spec.unless ? compileCondition(spec.unless) : null,
    plural: !bare && lastWord.length > 2 && lastWord === lastWord.toLowerCase() && !isHanCode(lastWord.charCodeAt(0)),
    openStart: isHanCode(text.charCodeAt(0)),
    openEnd: isHanCode(text.charCodeAt(text.length - 1)),
    surname,
    bareSurname: bare,
  };
}

/** Normalised form of an alias, the key under which two aliases collide. */
export function aliasKey(text: string): string {
  return foldText(collapse(text));
}

export function compileLexicon(entries: readonly LexiconEntry[]): CompiledLexicon {
  const root = newNode();
  let longest = 0;
  for (const entry of entries) {
    const surname = entry.surname ? compileSurname(entry.surname) : null;
    for (const a of entry.aliases) {
      const alias = makeAlias(entry, typeof a === 'string' ? { text: a } : a, surname, false);
      longest = Math.max(longest, alias.text.length);
      insert(root, alias);
    }
    if (entry.surname) {
      const { text, when, unless } = entry.surname;
      insert(root, makeAlias(entry, { text, ...(when ? { when } : {}), ...(unless ? { unless } : {}) }, surname, true));
    }
  }
  return { root, entries, longest };
}

