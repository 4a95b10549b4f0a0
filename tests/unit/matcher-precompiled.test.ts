/**
 * The matcher the knowledge build compiles ahead of time (in knowledge/generated/page-lexicon.ts,
 * rewritten by every install and build) must find what the page would compile itself.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedLexicon } from '../../knowledge/shipped-lexicon';
import { createMatcher, createSession } from '../../knowledge/matcher';
import { generatePage } from '../../scripts/bench/generate-page';

const { lexicon, precompiled: precompiledMatcher } = shippedLexicon();

const corpusDir = join(import.meta.dirname, '../../knowledge/corpus');
const texts = [
  ...readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(corpusDir, f), 'utf8')),
  generatePage(5_000).replace(/<[^>]+>/g, ' '),
  'Premier Li Keqiang met Li Qiang. Donald Trump Jr. spoke; Trump said. Vice President Han Zheng, President Xi Jinping.',
];

describe('the precompiled matcher', () => {
  it('finds exactly the mentions a matcher compiled in the page finds', () => {
    const here = createMatcher(lexicon);
    const built = createMatcher(lexicon, JSON.parse(JSON.stringify(precompiledMatcher)));
    let total = 0;
    for (const text of texts) {
      const expected = here.find(text, createSession());
      expect(built.find(text, createSession())).toEqual(expected);
      // The careful path too: an invisible character sends the text down it.
      expect(built.find(`${text}\u200b`, createSession())).toEqual(expected);
      total += expected.length;
    }
    expect(total).toBeGreaterThan(200);
  });

  it('is not used for another lexicon (a reader\'s type filter): the page compiles that one itself', () => {
    const people = lexicon.filter((e) => e.type === 'person');
    const text = 'Elon Musk met Xi Jinping about Tesla and PNTR.';
    expect(createMatcher(people, precompiledMatcher).find(text).map((m) => m.id)).toEqual(['elon-musk', 'xi-jinping']);
  });
});
