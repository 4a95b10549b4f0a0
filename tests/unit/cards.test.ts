/** Cards drawn from the compiled knowledge. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../knowledge/build/compile';
import { EXCERPTS_PER_CARD, cardFor } from '../../knowledge/cards';
import { documents } from '../../knowledge/corpus/documents';
import { entities } from '../../knowledge/entities';

const dir = join(import.meta.dirname, '../../knowledge/corpus');
const { knowledge } = buildKnowledge({ entities, documents: documents.map((d) => ({ ...d, text: readFileSync(join(dir, d.file), 'utf8') })) });

describe('cardFor', () => {
  it('returns null for an unknown id', () => {
    expect(cardFor(knowledge, 'nobody')).toBeNull();
  });

  it('cites up to three excerpts, from as many documents as it can, with the mention marked', () => {
    const card = cardFor(knowledge, 'donald-trump')!;
    expect(card.excerpts).toHaveLength(EXCERPTS_PER_CARD);
    expect(new Set(card.excerpts.map((x) => x.doc)).size).toBe(3);
    for (const x of card.excerpts) {
      expect(x.marks.length).toBeGreaterThan(0);
      for (const [s, e] of x.marks) expect(x.text.slice(s, e)).toMatch(/Trump/);
      expect(x.text.length).toBeLessThanOrEqual(400);
    }
  });

  it('names related entities', () => {
    const card = cardFor(knowledge, 'tesla-shanghai')!;
    expect(card.related.map((r) => r.name)).toContain('Elon Musk');
  });

  it('cuts long passages to the sentences around the mention', () => {
    const card = cardFor(knowledge, 'pntr')!;
    const x = card.excerpts.find((e) => e.doc === '004')!;
    expect(x.leadingEllipsis || x.trailingEllipsis).toBe(true);
    expect(x.text).toContain('permanent normal trading relations (PNTR)');
  });
});
