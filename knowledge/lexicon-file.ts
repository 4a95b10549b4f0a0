/**
 * The lexicon as the knowledge build writes it to disk and every page loads it: each
 * distinct alias rule once, in a table, with aliases pointing into it. A policy's many
 * wordings share one rule ("…on Chinese EVs", unless another country's name comes first),
 * and copied into each wording the rules were seven tenths of the file (73 of 103 kB).
 */
import type { Lexicon } from './compiled';
import type { AliasSpec, MatchEntry } from './types';

/** What an alias may carry besides its text. */
export type AliasRule = Omit<AliasSpec, 'text'>;

/**
 * An alias on disk: its text alone, or its text and its rule's place in the table (a pair,
 * not an object: the keys written out for ~500 aliases cost every page 0.2 kB gzipped).
 */
export type PackedAlias = string | readonly [text: string, rule: number];

export interface PackedEntry extends Omit<MatchEntry, 'aliases'> {
  aliases: readonly PackedAlias[];
}

export interface PackedLexicon {
  rules: readonly AliasRule[];
  entries: readonly PackedEntry[];
}

/**
 * The lexicon with each distinct rule stored once, and without the entities' names: pages
 * match, and whoever shows a name (the popup, the card) has the knowledge to look it up.
 */
export function packLexicon(lexicon: Lexicon): PackedLexicon {
  const rules: AliasRule[] = [];
  const index = new Map<string, number>();
  const ruleOf = (spec: AliasSpec): number => {
    const { text: _text, ...rule } = spec;
    const key = JSON.stringify(rule);
    let at = index.get(key);
    if (at === undefined) {
      at = rules.push(rule) - 1;
      index.set(key, at);
    }
    return at;
  };
  const entries = lexicon.map(({ name: _name, ...e }) => ({
    ...e,
    aliases: e.aliases.map((a): PackedAlias => (typeof a === 'string' ? a : [a.text, ruleOf(a)])),
  }));
  return { rules, entries };
}

/** The lexicon as the matcher takes it; aliases with the same rule share its objects. */
export function unpackLexicon(packed: PackedLexicon): MatchEntry[] {
  return packed.entries.map((e) => ({
    ...e,
    aliases: e.aliases.map((a) => (typeof a === 'string' ? a : { text: a[0], ...packed.rules[a[1]] })),
  }));
}
