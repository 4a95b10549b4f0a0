// @vitest-environment happy-dom
/**
 * Property tests (fast-check): random Unicode text, names broken by markup and
 * whitespace, and 10,000 aliases. No exception, no result that depends on how the text
 * was split into nodes or which internal path read it, no super-linear slowdown.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entities } from '../../knowledge/entities';
import { type Matcher, createMatcher, createSession } from '../../knowledge/matcher';
import { generationalAt } from '../../knowledge/matcher/judge';
import { foldText } from '../../knowledge/matcher/chars';
import { compileCondition, holds, paragraphWindow } from '../../knowledge/matcher/conditions';
import type { LexiconEntry } from '../../knowledge/types';
import { pageText } from '../../pagetext/blocks';

const matcher = createMatcher(entities);
const NAMES = ['Xi Jinping', 'Scott Bessent', 'PNTR', 'Phase One deal', 'Tesla’s Shanghai plant', 'Elon Musk', 'Musk', 'Trump', 'Li', 'X', 'Apple', 'Cook', 'Tim Cook', '习近平', 'G-20', 'U.S. Treasury'];
const GLUE = [' ', ', ', '. ', '\n', '\u00a0', ' the ', ' said ', '’s ', ' (formerly Twitter) ', ' trade ', 'é', '_', '—', ' posted on '];
/** Every alias and surname, as written and as news varies it: plural, possessive, other spaces. */
const ALIASES = entities.flatMap((e) => [...e.aliases.map((a) => (typeof a === 'string' ? a : a.text)), ...(e.surname ? [e.surname.text] : [])]);
const variant = fc.tuple(fc.constantFrom(...ALIASES), fc.constantFrom('', 's', 'es', '’s', 'ing', '-', '.')).map(([a, end]) => a + end);
const spaced = fc.tuple(fc.constantFrom(...ALIASES), fc.constantFrom('\u00a0', '\n', '\u2009', '  ', '\t')).map(([a, sp]) => a.replace(/ /g, sp));
const fragment = fc.oneof(fc.constantFrom(...NAMES), variant, spaced, fc.constantFrom(...GLUE), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }));
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

  it('finds the same mentions in a text read piece by piece, wherever the pieces are cut, on both paths', () => {
    const byPieces = (text: string, size: number) => {
      const session = createSession();
      const out: ReturnType<Matcher['find']> = [];
      for (let at = 0; at < text.length; ) at = matcher.findPiece(text, session, at, at + size, out);
      return out;
    };
    fc.assert(
      fc.property(textArb, fc.integer({ min: 1, max: 40 }), fc.boolean(), (raw, size, careful) => {
        const text = careful ? `${raw}​` : raw;
        expect(byPieces(text, size)).toEqual(matcher.find(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a text longer than one check piece by piece alike, when what sends it down the careful path comes last', () => {
    const long = `${'Scott Bessent met Xi Jinping in Geneva. Tim Cook said. '.repeat(2500)}习近平会见马斯克 Bes\u00adsent`;
    // The first call only checks ahead: its path is not known until the end is read.
    expect(matcher.findPiece(long, createSession(), 0, 8192, [])).toBe(0);
    const session = createSession();
    const out: ReturnType<Matcher['find']> = [];
    for (let at = 0; at < long.length; ) at = matcher.findPiece(long, session, at, at + 8192, out);
    expect(out).toEqual(matcher.find(long));
    expect(out.at(-1)!.text).toBe('Bes\u00adsent');
  });

  /** Exhaustive where the random test samples: the quick path's start table must let through each of these. */
  function expectEveryAliasOnBothPaths(m: Matcher): void {
    const forms = ALIASES.flatMap((a) => [a, a.replace(/’/g, "'"), a.replace(/-/g, '–'), a.toUpperCase()]);
    for (const alias of forms) {
      for (const end of ['', 's', 'es', '’s', '-based', 'ing']) {
        for (const space of [' ', '\u00a0', '\n', '\u2009 ', '\n\n']) {
          const text = `Earlier, ${alias.replace(/ /g, space)}${end} said so.`;
          expect(m.find(text), text).toEqual(m.find(`${text}\u200b`));
        }
      }
    }
  }

  // These two run every alias through every form, ending and spacing (about 190,000 finds with 808
  // aliases, ~4.5 s here): their time grows with the lexicon, so they get more than vitest's 5 s.
  const EVERY_ALIAS_MS = 60_000;

  it('finds every alias, in every ending and spacing, on both paths alike', () => {
    expectEveryAliasOnBothPaths(matcher);
  }, EVERY_ALIAS_MS);

  it('does the same with ten times the aliases, many sharing their first letters', () => {
    const variants: LexiconEntry[] = entities.flatMap((e, i) =>
      Array.from({ length: 9 }, (_, k) => ({ id: `${e.id}-v${k}`, name: e.name, type: e.type, aliases: e.aliases.map((a) => `${typeof a === 'string' ? a : a.text} Variant${k}q${i}`) })),
    );
    const lexicon = [...entities, ...variants];
    expectEveryAliasOnBothPaths(createMatcher(lexicon));
  }, EVERY_ALIAS_MS);

  it('finds names whose first word is a letter or two across any run of spaces (the start expression reads a run as one key)', () => {
    const short: LexiconEntry[] = ['Q Corp', 'AB Group', 'K-9 Unit', "O'Neill Fund"].map((a, i) => ({ id: `short-${i}`, name: a, type: 'company', aliases: [a] }));
    const m = createMatcher(short);
    for (const entry of short) {
      const alias = entry.aliases[0] as string;
      for (const space of ['  ', '\u2009 ', ' \n ', '\u00a0\t']) {
        const text = `Earlier, ${alias.replace(/ /g, space)} said so.`;
        expect(m.find(text).map((f) => f.id), text).toEqual([entry.id]);
        expect(m.find(text), text).toEqual(m.find(`${text}\u200b`));
      }
    }
  });

  it('reads a name after an underscore as the careful path does (the start expression\'s \\b would not see it start)', () => {
    for (const text of ['see _Donald Trump speak', 'tag #Xi_Jinping', 'file_PNTR_2000.pdf', 'Musk_']) {
      expect(matcher.find(text), text).toEqual(matcher.find(`${text}\u200b`));
    }
    expect(matcher.find('see _Donald Trump speak').map((m) => m.text)).toEqual(['Donald Trump']);
  });

  it('reads "before" and "after" phrases as the folded text would read them', () => {
    // The reference: fold the window, trim it, compare strings. The matcher reads in place.
    const word = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
    const reference = (text: string, start: number, end: number, edge: 'before' | 'after', phrase: string) => {
      const p = foldText(phrase);
      const [a, b] = paragraphWindow(text, start, end, 48);
      if (edge === 'before') {
        const hay = foldText(text.slice(a, start)).trimEnd();
        return hay.endsWith(p) && (!word(hay[hay.length - p.length - 1]) || !word(p[0]));
      }
      const hay = foldText(text.slice(end, b)).trimStart();
      return hay.startsWith(p) && (!word(hay[p.length]) || !word(p[p.length - 1]));
    };
    const PHRASES = ['posted on', 'Musk’s', "Musk's", 'the', 'coil', 'formerly Twitter', '(formerly Twitter', ', the platform', 'U.S.', 'x'];
    const side = fc.array(fc.oneof(fc.constantFrom(...PHRASES, ...GLUE, '\u00ad', '\v', 'compost on', 'MUSK’S', 'coils'), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(
      fc.property(side, side, fc.constantFrom(...PHRASES), fc.constantFrom('before' as const, 'after' as const), (left, right, phrase, edge) => {
        const text = `${left}NAME${right}`;
        const ctx = { text, start: left.length, end: left.length + 4, seen: false };
        const c = compileCondition(edge === 'before' ? { before: [phrase] } : { after: [phrase] });
        expect(holds(c, ctx)).toBe(reference(text, ctx.start, ctx.end, edge, phrase));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads "near" words as whole words exactly as a Unicode-aware pattern would', () => {
    const WORDS = ['China', 'trade', 'trade war', 'People’s Daily', 'state-run', 'Xi'];
    const esc = (w: string) => foldText(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’‘ʼ]").replace(/-/g, '[-‐‑‒–]').replace(/ /g, '\\s+');
    const exact = new RegExp(`(?<![\\p{L}\\p{N}])(?:${WORDS.map(esc).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    const piece = fc.constantFrom(...WORDS, 'CHINA', 'china', 'Chinas', 'éChina', 'Chinaé', '中China', '𝐀China', 'China😀', 'trade\u00a0war', 'People\'s daily', 'state–run', 'xi', ' ', ', ', '.', '’', 'é', '2', '_');
    const side = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(
      fc.property(side, side, (left, right) => {
        const text = `${left}NAME${right}`;
        const ctx = { text, start: left.length, end: left.length + 4, seen: false };
        const [a, b] = paragraphWindow(text, ctx.start, ctx.end, 200);
        const expected = exact.test(text.slice(a, ctx.start)) || exact.test(text.slice(ctx.end, b));
        expect(holds(compileCondition({ near: WORDS }), ctx)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('tells "Jr.", "Sr.", "III" after a name exactly as the pattern does, without copying the text', () => {
    const reference = /^\s*,?\s*(?:jr|sr|ii|iii|iv)\b/i;
    const piece = fc.constantFrom('Jr', 'jr.', 'SR', 'Sr.', 'II', 'iii', 'IV', 'iv', 'ivy', 'Jrx', 'said', 'is', ',', ', ', ' ', '\u00a0', '\t', '\v', '\ufeff', 'x', '.', '\n');
    const after = fc.array(piece, { maxLength: 5 }).map((p) => p.join(''));
    fc.assert(
      fc.property(after, (tail) => {
        const text = `Trump${tail}`;
        expect(generationalAt(text, 5)).toBe(reference.test(text.slice(5, 11)));
      }),
      { numRuns: 3000 },
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
});
