// @vitest-environment happy-dom
/**
 * Which blocks count as near the view, watched through groups: the observers are fakes
 * whose reports the tests write (where each block lies, in which frame), so what is
 * checked is the bookkeeping: which blocks are watched, by which observer, and which are
 * said near. Real Chromium runs it on long pages in tests/e2e/near-view.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NearGroups } from '../../entrypoints/content/near-groups';

const SCREEN = 800;

class FakeObserver {
  static all: FakeObserver[] = [];
  watched = new Set<Element>();
  constructor(
    readonly callback: (entries: IntersectionObserverEntry[]) => void,
    readonly options: IntersectionObserverInit,
  ) {
    FakeObserver.all.push(this);
  }
  observe(el: Element) {
    this.watched.add(el);
  }
  unobserve(el: Element) {
    this.watched.delete(el);
  }
  disconnect() {
    this.watched.clear();
  }
  /** Reports on blocks as laid out at `tops` (px from the view's top, each 100 px tall), measured at `times`. */
  report(blocks: Element[], tops: number[], times: number[] = []) {
    const reach = this.options.rootMargin?.startsWith('300%') ? 3 : 1;
    const entries = blocks.map((target, i) => {
      const top = tops[i]!;
      const box = { top, bottom: top + 100, left: 0, right: 600, width: 600, height: 100, x: 0, y: top };
      const isIntersecting = box.bottom > -reach * SCREEN && top < SCREEN + reach * SCREEN;
      const rootBounds = { top: -SCREEN, bottom: 2 * SCREEN, height: 3 * SCREEN };
      return { target, isIntersecting, boundingClientRect: box, rootBounds, time: times[i] ?? 1 } as unknown as IntersectionObserverEntry;
    });
    this.callback(entries);
  }
}

/** The observer of single blocks and the observer of groups' ends. */
function observers(): { blocks: FakeObserver; ends: FakeObserver } {
  const [blocks, ends] = FakeObserver.all.slice(-2) as [FakeObserver, FakeObserver];
  return { blocks, ends };
}

function paragraphs(n: number): HTMLElement[] {
  document.body.innerHTML = Array.from({ length: n }, (_, i) => `<p>${i}</p>`).join('');
  return [...document.querySelectorAll('p')];
}

/** Blocks laid out one after another, 120 px apart, starting `from` px below the view's top. */
const column = (n: number, from: number) => Array.from({ length: n }, (_, i) => from + i * 120);

let changes: [string, boolean][];
let groups: NearGroups;

beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  changes = [];
  groups = new NearGroups((block, near) => changes.push([block.textContent!, near]), () => undefined);
});
afterEach(() => vi.unstubAllGlobals());

describe('NearGroups', () => {
  it('watches a far run of blocks by its two ends only, and each block again once the reader comes near', () => {
    const ps = paragraphs(10);
    for (const p of ps) groups.add(p, false);
    const { blocks, ends } = observers();
    blocks.report(ps, column(10, 10 * SCREEN));
    // 10 blocks over 1,180 px: under two screens, one group.
    expect(blocks.watched.size).toBe(0);
    expect([...ends.watched].map((p) => p.textContent)).toEqual(['0', '9']);
    expect(changes).toEqual([]);

    // The reader scrolls: the first end comes within three screens, and the group opens.
    ends.report([ps[0]!], [3 * SCREEN]);
    expect(blocks.watched.size).toBe(10);
    blocks.report(ps, column(10, 100));
    expect(ps.filter((p) => groups.isNear(p)).length).toBe(10);
    expect(changes.length).toBe(10);

    // Both ends beyond three screens: closed, every block far, and watched by its ends again.
    changes = [];
    ends.report([ps[0]!, ps[9]!], [-6 * SCREEN, -5 * SCREEN]);
    expect(blocks.watched.size).toBe(0);
    expect(ps.some((p) => groups.isNear(p))).toBe(false);
    expect(changes.every(([, near]) => !near)).toBe(true);
    expect(changes.length).toBe(10);
  });

  it('never groups a block in the near area, blocks measured in another frame, a run taller than two screens, or a block laid out higher than the one before', () => {
    const ps = paragraphs(34);
    for (const p of ps) groups.add(p, false);
    const { blocks, ends } = observers();
    const tops = [
      ...column(3, 0), // near: watched alone
      ...column(5, 5000),
      ...column(5, 9000).reverse(), // each higher than the last: columns
      ...column(17, 20000), // 17 × 120 px is over two screens: two groups
      ...column(4, 30000), // measured in two frames (one report can hold both)
    ];
    const times = tops.map((_, i) => (i < 32 ? 1 : 2));
    blocks.report(ps, tops, times);
    const alone = ps.filter((p) => blocks.watched.has(p)).map((p) => Number(p.textContent));
    expect(alone).toEqual([0, 1, 2, 8, 9, 10, 11, 12, 30, 31, 32, 33]);
    expect([...ends.watched].map((p) => Number(p.textContent))).toEqual([3, 7, 13, 25, 26, 29]);
  });

  it('counts a block of the view as near at once, until its first report says it is far', () => {
    const [p] = paragraphs(1);
    groups.add(p!, true);
    expect(groups.isNear(p!)).toBe(true);
    observers().blocks.report([p!], [5 * SCREEN]);
    expect(groups.isNear(p!)).toBe(false);
    expect(changes).toEqual([['0', false]]);
  });

  it('takes a group apart when one of its blocks leaves the page, and watches the rest alone', () => {
    const ps = paragraphs(6);
    for (const p of ps) groups.add(p, false);
    const { blocks, ends } = observers();
    blocks.report(ps, column(6, 5000));
    expect(blocks.watched.size).toBe(0);
    ps[0]!.remove();
    groups.prune();
    expect(ends.watched.size).toBe(0);
    expect([...blocks.watched].map((p) => p.textContent)).toEqual(['1', '2', '3', '4', '5']);
    expect(groups.has(ps[0]!)).toBe(false);
  });
});
