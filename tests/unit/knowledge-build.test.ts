/** The knowledge build: what it produces, and each way it refuses to build. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../knowledge/build/compile';
import { KnowledgeBuildError } from '../../knowledge/build/errors';
import { documents } from '../../knowledge/corpus/documents';
import { entities } from '../../knowledge/entities';
import type { EntityRecord } from '../../knowledge/types';

const corpusDir = join(import.meta.dirname, '../../knowledge/corpus');
const docs = documents.map((d) => ({ ...d, text: readFileSync(join(corpusDir, d.file), 'utf8') }));

function entity(over: Partial<EntityRecord> & { id: string }): EntityRecord {
  return { name: over.id, type: 'person', aliases: [over.id], summary: 'A summary.', facts: [], related: [], ...over };
}

function problems(list: EntityRecord[]): string[] {
  try {
    buildKnowledge({ entities: list, documents: docs });
  } catch (e) {
    if (e instanceof KnowledgeBuildError) return [...e.problems];
    throw e;
  }
  return [];
}

describe('the curated knowledge', () => {
  const built = buildKnowledge({ entities, documents: docs });

  it('covers every entity of the shared list with exactly its id', () => {
    const tsv = readFileSync(join(import.meta.dirname, '../fixtures/entities.tsv'), 'utf8');
    const wanted = tsv.trim().split('\n').slice(1).map((l) => l.split('\t')[0]);
    expect(built.knowledge.entities.map((e) => e.id).sort()).toEqual([...wanted].sort());
  });

  it('gives every entity at least one corpus passage that mentions it', () => {
    for (const e of built.knowledge.entities) {
      expect(e.passages.length, e.id).toBeGreaterThan(0);
      for (const p of e.passages) {
        const doc = built.knowledge.documents.find((d) => d.id === p.doc)!;
        for (const [s, t] of p.mentions) expect(s >= p.start && t <= p.end && doc.text.slice(s, t).trim().length > 0).toBe(true);
      }
    }
  });

  it('keeps summaries to one to three sentences', () => {
    for (const e of entities) {
      const sentences = e.summary.split(/(?<=[.!?][”"]?)\s+(?=[A-Z“"])/).length;
      expect(sentences, e.id).toBeGreaterThanOrEqual(1);
      expect(sentences, e.id).toBeLessThanOrEqual(3);
    }
  });

  it('ships no card text in the lexicon', () => {
    expect(JSON.stringify(built.lexicon)).not.toContain(entities[0]!.summary);
  });
});

describe('the build refuses, naming the entity', () => {
  it('a duplicated id', () => {
    expect(problems([entity({ id: 'tesla', aliases: ['Tesla'] }), entity({ id: 'tesla', aliases: ['SpaceX'] })])).toContain('Duplicate entity id "tesla"');
  });

  it('a related id that does not exist', () => {
    expect(problems([entity({ id: 'tesla', aliases: ['Tesla'], related: ['nope'] })])).toContain('Entity "tesla" is related to unknown id "nope"');
  });

  it('an alias two entities claim without a rule', () => {
    const found = problems([entity({ id: 'tesla', aliases: ['Tesla'] }), entity({ id: 'tesla-motors', aliases: ['Tesla'] })]);
    expect(found).toContain('Alias "Tesla" is claimed by "tesla" and "tesla-motors" without a rule to choose');
  });

  it('but accepts a shared alias when a rule chooses', () => {
    const found = problems([entity({ id: 'tesla', aliases: ['Tesla'] }), entity({ id: 'tesla-unit', aliases: [{ text: 'Tesla', when: { near: ['magnetic field'] } }] })]);
    expect(found.filter((p) => p.includes('claimed'))).toEqual([]);
  });

  it('an entity with no corpus passage', () => {
    expect(problems([entity({ id: 'nobody', aliases: ['Nobody Atall'] })])).toContain('Entity "nobody" has no corpus passage: none of its aliases occurs in the corpus');
  });

  it('an alias listed twice', () => {
    expect(problems([entity({ id: 'tesla', aliases: ['Tesla', 'tesla'] })])).toContain('Entity "tesla" lists the alias "tesla" twice');
  });

  it('an alias with untidy spaces, which the page would revive as written', () => {
    expect(problems([entity({ id: 'xi', aliases: ['Xi  Jinping'] })])).toContain('Entity "xi": alias "Xi  Jinping" has leading, trailing or repeated spaces');
  });

  it('but not one spelling always and another letter case under a rule of its own', () => {
    const paris = entity({ id: 'paris', aliases: ['Paris Agreement', { text: 'Paris agreement', when: { near: ['climate'] } }] });
    expect(problems([paris]).filter((p) => p.includes('twice'))).toEqual([]);
    const again = entity({ id: 'paris', aliases: ['Paris Agreement', { text: 'Paris Agreement', when: { near: ['climate'] } }] });
    expect(problems([again])).toContain('Entity "paris" lists the alias "Paris Agreement" twice');
  });
});

describe('sources that differ', () => {
  const build = (disagreements: Parameters<typeof buildKnowledge>[0]['disagreements']) => {
    try {
      return { ok: buildKnowledge({ entities, documents: docs, disagreements }), problems: [] as string[] };
    } catch (e) {
      if (e instanceof KnowledgeBuildError) return { ok: null, problems: [...e.problems] };
      throw e;
    }
  };

  it('locates each side’s quote in its document and paragraph', () => {
    const quote = 'Elon Musk has publicly distanced himself from former U.S. President Donald Trump';
    const { ok } = build([{ entityId: 'elon-musk', topic: 't', sides: [{ claim: 'a', doc: '001', quote }, { claim: 'b', doc: '000', quote: 'Tim Cook of Apple' }] }]);
    const side = ok!.knowledge.disagreements[0]!.sides[0]!;
    const text = docs.find((d) => d.id === '001')!.text;
    expect(text.slice(side.quote[0], side.quote[1])).toBe(quote);
    expect(side.passage[0]).toBeLessThanOrEqual(side.quote[0]);
  });

  it('refuses a side whose quote is not in its document, and an unknown entity', () => {
    const { problems } = build([{ entityId: 'nobody', topic: 'Made up', sides: [{ claim: 'a', doc: '001', quote: 'words nobody wrote' }, { claim: 'b', doc: '000', quote: 'Tim Cook of Apple' }] }]);
    expect(problems).toContain('Disagreement "Made up" is about unknown entity "nobody"');
    expect(problems).toContain('Disagreement "Made up" on "nobody": side "a" quotes text not found in document 001');
  });
});
