import { describe, expect, it } from 'vitest';
import { makeAnchor } from '../../clippings/anchor';
import { reanchor } from '../../clippings/reanchor';

const page = 'Intro. Treasury Secretary Scott Bessent said Beijing should make catch-up purchases under the deal. More text follows here.';
const s = page.indexOf('Scott');
const e = page.indexOf('deal.') + 5;
const anchor = makeAnchor(page, s, e);

describe('reanchor', () => {
  it('uses the stored position when the text there is unchanged', () => {
    expect(reanchor(page, anchor)).toEqual({ start: s, end: e, how: 'position' });
  });

  it('finds the exact quote when the page moved it', () => {
    const moved = `Breaking: a new first paragraph. ${page}`;
    const r = reanchor(moved, anchor)!;
    expect(r.how).toBe('quote');
    expect(moved.slice(r.start, r.end)).toBe(anchor.quote.exact);
  });

  it('chooses among repeats by prefix and suffix', () => {
    const saved = 'aa Xi Jinping bb. cc Xi Jinping dd.';
    const at = saved.indexOf('Xi Jinping', 10);
    const q = makeAnchor(saved, at, at + 10);
    const text = 'zz Xi Jinping yy. cc Xi Jinping dd. aa Xi Jinping bb.';
    const r = reanchor(text, q)!;
    expect(text.slice(r.start - 3, r.start)).toBe('cc ');
  });

  it('falls back to a fuzzy match when a word inside changed', () => {
    const edited = page.replace('catch-up purchases', 'catch up purchases');
    const r = reanchor(edited, anchor)!;
    expect(r.how).toBe('fuzzy');
    expect(edited.slice(r.start, r.end)).toBe('Scott Bessent said Beijing should make catch up purchases under the deal.');
  });

  it('reports a passage that is gone, within its time cap even on a huge page', () => {
    const huge = 'Scott Bessent said Beijing should make '.repeat(50_000);
    const t = performance.now();
    expect(reanchor(huge, anchor)).toBeNull();
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
