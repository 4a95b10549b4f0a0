/**
 * Finds, for every entity, the corpus paragraphs that mention it, with the same
 * matcher the content script uses on pages.
 */
import type { CompiledPassage } from '../compiled';
import { createMatcher, createSession } from '../matcher';
import type { LexiconEntry } from '../types';

export interface SourceDocument {
  id: string;
  text: string;
}

/** [start, end) of each non-blank line: the corpus writes one paragraph per line. */
export function paragraphs(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].trim()) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** Passages per entity id, in document order. */
export function findPassages(lexicon: readonly LexiconEntry[], docs: readonly SourceDocument[]): Map<string, CompiledPassage[]> {
  const matcher = createMatcher(lexicon);
  const byEntity = new Map<string, CompiledPassage[]>();
  for (const doc of docs) {
    const mentions = matcher.find(doc.text, createSession());
    for (const [start, end] of paragraphs(doc.text)) {
      const inside = mentions.filter((m) => m.start >= start && m.end <= end);
      const ids = new Set(inside.map((m) => m.id));
      for (const id of ids) {
        const list = byEntity.get(id) ?? [];
        list.push({ doc: doc.id, start, end, mentions: inside.filter((m) => m.id === id).map((m) => [m.start, m.end] as const) });
        byEntity.set(id, list);
      }
    }
  }
  return byEntity;
}
