/** Reading Backgrounder's state from a page, as a test or benchmark sees it. */
import type { Page } from 'playwright-core';

export interface PaintedMention {
  text: string;
  /** Id of the element the mention starts in. */
  block: string;
}

/** Waits until the annotator has recorded at least one scan slice and gone quiet. */
export async function waitForScan(page: Page, minMatches = 1, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (min) => {
      const m = performance.getEntriesByName('entity-scan', 'measure') as PerformanceMeasure[];
      const last = m.at(-1);
      return last !== undefined && (last.detail as { matches: number }).matches >= min;
    },
    minMatches,
    { timeout },
  );
}

/** The painted mentions, read from the CSS highlight registry in the page's main world. */
export async function paintedMentions(page: Page): Promise<PaintedMention[]> {
  return page.evaluate(() => {
    const hl = CSS.highlights.get('backgrounder-mention');
    if (!hl) return [];
    return [...hl].map((r) => {
      const s = r as AbstractRange;
      const range = document.createRange();
      range.setStart(s.startContainer, s.startOffset);
      range.setEnd(s.endContainer, s.endOffset);
      const el = s.startContainer.parentElement;
      return { text: range.toString(), block: el?.closest('[id]')?.id ?? '' };
    });
  });
}

/**
 * Every mention painted as a reader scrolls through the whole page, in document order.
 * Only blocks near the viewport are painted, so the page is scrolled a screen at a time
 * (and back to where it was), collecting what is painted at each stop.
 */
export async function mentionsOnScroll(page: Page): Promise<PaintedMention[]> {
  return page.evaluate(async () => {
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const seen = new Set<AbstractRange>();
    const collect = () => {
      for (const r of CSS.highlights.get('backgrounder-mention') ?? []) seen.add(r as AbstractRange);
    };
    const back = scrollY;
    for (let y = 0; ; y += innerHeight) {
      scrollTo(0, y);
      // The painter hears from its IntersectionObserver after the next frame.
      await frame();
      await frame();
      collect();
      if (y + innerHeight >= document.documentElement.scrollHeight) break;
    }
    scrollTo(0, back);
    const live = (s: AbstractRange) => {
      const range = document.createRange();
      range.setStart(s.startContainer, s.startOffset);
      range.setEnd(s.endContainer, s.endOffset);
      return range;
    };
    return [...seen]
      .map(live)
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
      .map((range) => ({ text: range.toString(), block: (range.startContainer.parentElement?.closest('[id]') as Element | null)?.id ?? '' }));
  });
}

/**
 * Run in the page (playwright or puppeteer): the paragraphs in view that name Donald Trump or
 * Xi Jinping (names every rule accepts), and how many of them have no painted mention.
 */
export function unpaintedInView(): { inView: number; unpainted: number } {
  const ranges = [...(CSS.highlights.get('backgrounder-mention') ?? [])] as AbstractRange[];
  const inView = [...document.querySelectorAll('p')].filter((p) => {
    const box = p.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight && /Donald Trump|Xi Jinping/.test(p.textContent ?? '');
  });
  return { inView: inView.length, unpainted: inView.filter((p) => !ranges.some((r) => p.contains(r.startContainer))).length };
}

/**
 * Runs in the page: the middle of the first line box of the first occurrence of `text`
 * inside element #id (a name wrapped over two lines has a bounding box between them).
 * Plain enough for both playwright's and puppeteer's evaluate.
 */
export function textPoint([id, text]: readonly [string, string]): { x: number; y: number } {
  const root = document.getElementById(id)!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(text);
    if (i < 0) continue;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + text.length);
    const b = r.getClientRects()[0]!;
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }
  throw new Error(`text ${text} not found in #${id}`);
}

/** Screen point in the middle of the first occurrence of `text` inside element #id. */
export async function pointOf(page: Page, id: string, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate(textPoint, [id, text] as const);
}
