/**
 * What a hover card shows, drawn from the compiled knowledge: the summary, key facts,
 * related entities and up to three corpus excerpts with the mention emphasised.
 */
import type { CompiledDocument, CompiledEntity, CompiledKnowledge, CompiledPassage } from './compiled';
import type { EntityType, Fact } from './types';

/** How many excerpts a card shows: enough to cite, few enough to read at a glance. */
export const EXCERPTS_PER_CARD = 3;
/** Excerpts longer than this are cut to the sentences around the mention. */
const EXCERPT_MAX = 320;

export interface Excerpt {
  doc: string;
  title: string;
  source: string;
  /** The excerpt text and, inside it, the mention(s) to emphasise. */
  text: string;
  marks: readonly (readonly [number, number])[];
  /** The whole passage in the document, for "Read the source". */
  passage: readonly [number, number];
  leadingEllipsis: boolean;
  trailingEllipsis: boolean;
}

/** One side of a "Sources differ" note on a card. */
export interface DisputeSide {
  claim: string;
  doc: string;
  title: string;
  source: string;
  quote: string;
  passage: readonly [number, number];
}

export interface Dispute {
  topic: string;
  sides: readonly DisputeSide[];
}

export interface CardData {
  id: string;
  name: string;
  type: EntityType;
  summary: string;
  facts: readonly Fact[];
  related: readonly { id: string; name: string }[];
  excerpts: readonly Excerpt[];
  /** All passages that mention the entity, for "more in the sources". */
  passageCount: number;
  /** Where the sources describe the entity in conflicting ways. */
  disputes: readonly Dispute[];
}

/** Sentence-aligned window of at most EXCERPT_MAX characters around the passage's first mention. */
function window(text: string, p: CompiledPassage): [number, number] {
  if (p.end - p.start <= EXCERPT_MAX) return [p.start, p.end];
  const [m0, m1] = p.mentions[0]!;
  let a = p.start;
  for (let i = m0; i > p.start; i--) {
    if (/[.!?]\s/.test(text.slice(i - 1, i + 1))) {
      a = i + 1;
      break;
    }
  }
  let b = Math.min(p.end, Math.max(m1, a + EXCERPT_MAX));
  const stop = text.slice(m1, b).search(/[.!?](\s|$)(?![^]*[.!?](\s|$))/);
  if (stop >= 0) b = m1 + stop + 1;
  return [a, b];
}

function excerptOf(doc: CompiledDocument, p: CompiledPassage): Excerpt {
  const [a, b] = window(doc.text, p);
  return {
    doc: doc.id,
    title: doc.title,
    source: doc.source,
    text: doc.text.slice(a, b),
    marks: p.mentions.filter(([s, e]) => s >= a && e <= b).map(([s, e]) => [s - a, e - a] as const),
    passage: [p.start, p.end],
    leadingEllipsis: a > p.start,
    trailingEllipsis: b < p.end,
  };
}

/** One passage from each document first, so that a card cites as many sources as it can. */
function pickPassages(passages: readonly CompiledPassage[]): CompiledPassage[] {
  const firsts: CompiledPassage[] = [];
  const rest: CompiledPassage[] = [];
  const docs = new Set<string>();
  for (const p of passages) (docs.has(p.doc) ? rest : firsts).push(p), docs.add(p.doc);
  return [...firsts, ...rest].slice(0, EXCERPTS_PER_CARD);
}

interface Lookup {
  entities: Map<string, CompiledEntity>;
  docs: Map<string, CompiledDocument>;
}

/** Maps by id, built once per knowledge object: the background answers every hover from them. */
const lookups = new WeakMap<CompiledKnowledge, Lookup>();

export function lookupOf(knowledge: CompiledKnowledge): Lookup {
  let l = lookups.get(knowledge);
  if (!l) {
    l = { entities: new Map(knowledge.entities.map((e) => [e.id, e])), docs: new Map(knowledge.documents.map((d) => [d.id, d])) };
    lookups.set(knowledge, l);
  }
  return l;
}

export function cardFor(knowledge: CompiledKnowledge, id: string): CardData | null {
  const { entities, docs } = lookupOf(knowledge);
  const entity = entities.get(id);
  if (!entity) return null;
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    summary: entity.summary,
    facts: entity.facts,
    related: entity.related.map((r) => ({ id: r, name: entities.get(r)?.name ?? r })),
    excerpts: pickPassages(entity.passages).map((p) => excerptOf(docs.get(p.doc)!, p)),
    passageCount: entity.passages.length,
    disputes: knowledge.disagreements
      .filter((d) => d.entityId === id)
      .map((d) => ({
        topic: d.topic,
        sides: d.sides.map((s) => {
          const doc = docs.get(s.doc)!;
          return { claim: s.claim, doc: s.doc, title: doc.title, source: doc.source, quote: doc.text.slice(s.quote[0], s.quote[1]), passage: s.passage };
        }),
      })),
  };
}
