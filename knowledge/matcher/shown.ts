/**
 * The reader's choice of entity types, applied to what a matcher finds rather than to
 * the matcher itself.
 */
import type { EntityType, Mention } from '../types';
import type { Matcher } from './match';

/**
 * A matcher that marks only the entities of `types`. The text is still read with every
 * entity: hiding one never turns its name into a shorter one ("Tesla’s Shanghai plant"
 * stays the plant, unmarked, rather than becoming "Tesla"), and a surname still belongs
 * to the person last named in full. Nothing is compiled, so a page costs the same
 * whatever the reader hides, and changing the choice repaints at once.
 */
export function showingTypes(matcher: Matcher, types: readonly EntityType[]): Matcher {
  const entries = matcher.entries.filter((e) => types.includes(e.type));
  if (entries.length === matcher.entries.length) return matcher;
  const shown = new Set(entries.map((e) => e.id));
  return {
    entries,
    find: (text, session) => matcher.find(text, session).filter((m) => shown.has(m.id)),
    findPiece(text, session, from, until, out) {
      const found: Mention[] = [];
      const next = matcher.findPiece(text, session, from, until, found);
      for (const m of found) if (shown.has(m.id)) out.push(m);
      return next;
    },
  };
}
