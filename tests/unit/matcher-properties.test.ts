// @vitest-environment happy-dom
/**
 * Property tests (fast-check): random Unicode text, names broken by markup and
 * whitespace, and 10,000 aliases. No exception, no result that depends on how the text
 * was split into nodes or which internal path read it, no super-linear slowdown.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entities } from '../../knowledge/entities';
import { createMatcher } from '../../knowledge/matcher';
import type { LexiconEntry } from '../../knowledge/types';
import { pageText } from '../../pagetext/blocks';

const matcher = createMatcher(entities);
const NAMES = ['Xi Jinping', 'Scott Bessent', 'PNTR', 'Phase One deal', 'Tesla’s Shanghai plant', 'Elon Musk', 'Musk', 'Trump', 'Li', 'X', 'Apple', 'Cook', 'Tim Cook', '习近平', 'G-20', 'U.S. Treasury'];
const GLUE = [' ', ', ', '. ', '\n', '\u00a0', ' the ', ' said ', '’s ', ' (formerly Twitter) ', ' trade ', 'é', '_', '—', ' posted on '];
const fragment = fc.oneof(fc.constantFrom(...NAMES), fc.constantFrom(...GLUE), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }));
const textArb = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

describe('matcher properties', () => {
  it('never throws, and every mention is a whole, in-order slice of the text', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const found = matcher.find(text);
        let last = 0;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          last = m.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds the same mentions on the quick path and the careful one', () => {
    // An invisible character at the very end sends the text down the careful path.
    fc.assert(
      fc.property(textArb, (text) => {
        expect(matcher.find(`${text}\u200b`)).toEqual(matcher.find(text));
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on how the text was split into DOM nodes', () => {
    fc.assert(
      fc.property(textArb, fc.array(fc.nat(), { maxLength: 8 }), fc.constantFrom('b', 'i', 'span', 'a', 'em'), (text, cuts, tag) => {
        const points = [...new Set(cuts.map((c) => (text.length ? c % text.length : 0)))].sort((a, b) => a - b);
        const whole = document.createElement('p');
        whole.textContent = text;
        const split = document.createElement('p');
        let at = 0;
        points.forEach((p, i) => {
          const piece = text.slice(at, p);
          if (i % 2) {
            const el = document.createElement(tag);
            el.textContent = piece;
            split.append(el);
          } else split.append(document.createTextNode(piece));
          at = p;
        });
        split.append(document.createTextNode(text.slice(at)));
        const read = (el: HTMLElement) => {
          document.body.replaceChildren(el);
          return pageText(document.body, document);
        };
        const a = read(whole);
        const b = read(split);
        expect(b).toBe(a);
        expect(matcher.find(b)).toEqual(matcher.find(a));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps its cost flat with 10,000 aliases and linear in the text', () => {
    const noise: LexiconEntry[] = Array.from({ length: 10_000 }, (_, i) => ({ id: `n${i}`, name: `n${i}`, type: 'person', aliases: [`Trumpton Q${i}`, `Xiang Li ${i}`] }));
    const big = createMatcher([...entities, ...noise]);
    const text = 'Xi Jinping met Scott Bessent; Trump posted on Truth Social about tariffs and PNTR. '.repeat(400);
    const time = (m: typeof matcher, t: string) => {
      m.find(t);
      const s = performance.now();
      for (let i = 0; i < 3; i++) m.find(t);
      return (performance.now() - s) / 3;
    };
    const small = time(matcher, text);
    const many = time(big, text);
    const double = time(matcher, text + text);
    // Generous bounds: a shared machine is noisy, but super-linear growth is not subtle.
    expect(many).toBeLessThan(small * 4 + 5);
    expect(double).toBeLessThan(small * 4 + 5);
    expect(big.find(text)).toEqual(matcher.find(text));
  });
});
