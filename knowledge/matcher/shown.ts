/**
 * The reader's choice of entity types, applied to what a matcher finds rather than to
 * the matcher itself.
 */
import type { Matcher } from './match';

/**
 * A matcher that marks only the entities in `shown`. The text is still read with every
 * entity: hiding one never turns its name into a shorter one ("Tesla’s Shanghai plant"
 * stays the plant, unmarked, rather than becoming "Tesla"), and a surname still belongs
 * to the person last named in full. Nothing is compiled, so a page costs the same
 * whatever the reader hides, and changing the choice repaints at once.
 */
export function showingOnly(matcher: Matcher, shown: ReadonlySet<string>): Matcher {
  return {
    entries: matcher.entries.filter((e) => shown.has(e.id)),
    find: (text, session) => matcher.find(text, session).filter((m) => shown.has(m.id)),
  };
}
