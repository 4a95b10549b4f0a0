/**
 * What connects entities that appear together on a page: the corpus passages that
 * mention both. Pure; used by the popup's "at a glance".
 */
import { lookupOf } from './cards';
import type { CompiledKnowledge } from './compiled';

export interface Connection {
  a: { id: string; name: string };
  b: { id: string; name: string };
  doc: string;
  title: string;
  source: string;
  /** The passage's [start, end) in its document, and its text (cut to a readable length). */
  passage: readonly [number, number];
  text: string;
}

/** Passages longer than this are cut at a word boundary in the popup. */
const MAX_TEXT = 280;

/** The passage cut to MAX_TEXT characters around where both names stand. */
function cut(text: string, start: number, end: number, firstMention: number): string {
  if (end - start <= MAX_TEXT) return text.slice(start, end);
  let a = Math.max(start, firstMention - 80);
  if (a > start) a = text.indexOf(' ', a) + 1;
  const b = Math.min(end, a + MAX_TEXT);
  const stop = b < end ? text.lastIndexOf(' ', b) : b;
  return `${a > start ? '… ' : ''}${text.slice(a, stop)}${stop < end ? ' …' : ''}`;
}

/**
 * For each pair of the given entities (in the order given, so the most mentioned first),
 * the first corpus passage that mentions both; at most `max` pairs.
 */
export function connections(knowledge: CompiledKnowledge, ids: readonly string[], max = 5): Connection[] {
  const { entities: byId, docs } = lookupOf(knowledge);
  const out: Connection[] = [];
  const present = ids.filter((id) => byId.has(id));
  for (let i = 0; i < present.length && out.length < max; i++) {
    for (let j = i + 1; j < present.length && out.length < max; j++) {
      const a = byId.get(present[i]!)!;
      const b = byId.get(present[j]!)!;
      const inB = new Map(b.passages.map((p) => [`${p.doc}:${p.start}`, p]));
      const shared = a.passages.find((p) => inB.has(`${p.doc}:${p.start}`));
      if (!shared) continue;
      const other = inB.get(`${shared.doc}:${shared.start}`)!;
      // Where the two names stand closest: the excerpt shows them together.
      let firstMention = shared.start;
      let best = Infinity;
      for (const [s1] of shared.mentions) {
        for (const [s2] of other.mentions) {
          if (Math.abs(s1 - s2) < best) [best, firstMention] = [Math.abs(s1 - s2), Math.min(s1, s2)];
        }
      }
      const doc = docs.get(shared.doc)!;
      out.push({
        a: { id: a.id, name: a.name },
        b: { id: b.id, name: b.name },
        doc: doc.id,
        title: doc.title,
        source: doc.source,
        passage: [shared.start, shared.end],
        text: cut(doc.text, shared.start, shared.end, firstMention),
      });
    }
  }
  return out;
}
