/**
 * The entities a page mentions, named for the reader. Pages ship no names (every page
 * would carry them), so the content script counts and the popup names from its knowledge.
 */
import type { EntityCount, PageEntity } from '../messaging/protocol';
import type { CompiledKnowledge } from './compiled';

/** Most mentioned first, then by name; ids the knowledge does not hold are left out. */
export function namePageEntities(counts: readonly EntityCount[], knowledge: CompiledKnowledge): PageEntity[] {
  const byId = new Map(knowledge.entities.map((e) => [e.id, e]));
  return counts
    .flatMap(({ id, count }) => {
      const e = byId.get(id);
      return e ? [{ id, count, name: e.name, type: e.type }] : [];
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
