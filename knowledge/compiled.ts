/**
 * The compiled knowledge: what the knowledge build writes (knowledge/generated/) and
 * what the background and extension pages read.
 */
import type { TimelineEvent } from './timeline';
import type { EntityType, Fact, LexiconEntry } from './types';

/** A paragraph of a corpus document that mentions an entity. Offsets into the document text. */
export interface CompiledPassage {
  doc: string;
  start: number;
  end: number;
  /** The entity's mentions inside the passage, as [start, end) document offsets. */
  mentions: readonly (readonly [number, number])[];
}

export interface CompiledEntity {
  id: string;
  name: string;
  type: EntityType;
  summary: string;
  facts: readonly Fact[];
  related: readonly string[];
  passages: readonly CompiledPassage[];
}

export interface CompiledDocument {
  id: string;
  title: string;
  source: string;
  text: string;
}

/** One side of a disagreement, located in its document. */
export interface CompiledSide {
  claim: string;
  doc: string;
  /** The quote's [start, end) in the document, and its paragraph's. */
  quote: readonly [number, number];
  passage: readonly [number, number];
}

export interface CompiledDisagreement {
  entityId: string;
  topic: string;
  sides: readonly CompiledSide[];
}

export interface CompiledKnowledge {
  documents: readonly CompiledDocument[];
  entities: readonly CompiledEntity[];
  disagreements: readonly CompiledDisagreement[];
  timeline: readonly TimelineEvent[];
}

/** What the content script ships: enough to find mentions, nothing to show. */
export type Lexicon = readonly LexiconEntry[];
