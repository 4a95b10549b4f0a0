/**
 * The knowledge build: checks the curated entities, finds their corpus passages and
 * splits the result into the lexicon (for pages) and the compiled knowledge (for cards).
 */
import type { CompiledKnowledge, Lexicon } from '../compiled';
import type { DocumentMeta } from '../corpus/documents';
import type { EntityRecord, LexiconEntry } from '../types';
import type { Disagreement } from '../disagreements';
import type { TimelineEvent } from '../timeline';
import { checkTimeline, compileDisagreements } from './disagreements';
import { KnowledgeBuildError } from './errors';
import { findPassages } from './passages';
import { validateEntities } from './validate';

export interface BuildInput {
  entities: readonly EntityRecord[];
  documents: readonly (DocumentMeta & { text: string })[];
  disagreements?: readonly Disagreement[];
  timeline?: readonly TimelineEvent[];
}

export interface BuildOutput {
  lexicon: Lexicon;
  knowledge: CompiledKnowledge;
}

/** What pages need of an entity to find it: no card text. */
export function lexiconEntry(e: EntityRecord): LexiconEntry {
  return { id: e.id, name: e.name, type: e.type, aliases: e.aliases, ...(e.surname ? { surname: e.surname } : {}) };
}

/** Compiles the knowledge, or throws KnowledgeBuildError listing every problem. */
export function buildKnowledge(input: BuildInput): BuildOutput {
  const problems = validateEntities(input.entities);
  if (problems.length) throw new KnowledgeBuildError(problems);
  const lexicon = input.entities.map(lexiconEntry);
  const passages = findPassages(lexicon, input.documents);
  for (const e of input.entities) {
    if (!passages.get(e.id)?.length) problems.push(`Entity "${e.id}" has no corpus passage: none of its aliases occurs in the corpus`);
  }
  const ids = new Set(input.entities.map((e) => e.id));
  const disagreements = compileDisagreements(input.disagreements ?? [], input.documents, ids, problems);
  const timeline = checkTimeline(input.timeline ?? [], ids, problems);
  if (problems.length) throw new KnowledgeBuildError(problems);
  return {
    lexicon,
    knowledge: {
      documents: input.documents.map(({ id, title, source, text }) => ({ id, title, source, text })),
      entities: input.entities.map((e) => ({
        id: e.id,
        name: e.name,
        type: e.type,
        summary: e.summary,
        facts: e.facts,
        related: e.related,
        passages: passages.get(e.id) ?? [],
      })),
      disagreements,
      timeline,
    },
  };
}
