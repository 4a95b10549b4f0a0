/**
 * Finds mentions on the page and paints them with the CSS Custom Highlight API: the
 * page's DOM is never changed, so its layout, text, selection, copy and find-in-page
 * stay as they were. Work is cut into slices of a few milliseconds so the page never
 * has a long task, and each slice is recorded as performance.measure('entity-scan').
 */
import { type MatchSession, type Matcher, createSession } from '../../knowledge/matcher';
import { type TextBlock, readBlocks } from '../../pagetext/blocks';
import { insideSkipped } from '../../pagetext/skip';
import type { MentionIndex } from './mention-index';

/** A slice stops after this long: well under the 50 ms that makes a task "long". */
export const SLICE_BUDGET_MS = 8;
/** Name of the performance measure each slice records. */
export const SCAN_MEASURE = 'entity-scan';

/**
 * Runs setup work for the scan (compiling the matcher) inside an 'entity-scan' measure,
 * so the scan's recorded cost includes everything it needs, not just its slices.
 */
export function measuredSetup<T>(work: () => T): T {
  const start = performance.now();
  const result = work();
  performance.measure(SCAN_MEASURE, { start, end: performance.now(), detail: { matches: 0 } });
  return result;
}

export interface Scheduler {
  /** Runs `fn` in a later task (WXT's ctx.setTimeout, which stops with the script). */
  later(fn: () => void): void;
}

interface Job {
  root: Node;
  /** The viewport pass reads out of document order, so it keeps its own session. */
  session: MatchSession;
}

export class Annotator {
  private queue: Job[] = [];
  private current: MatchSession | null = null;
  private blocks: Generator<TextBlock, void, undefined> | null = null;
  private cleared = new Set<Element>();
  private scheduled = false;
  private stopped = false;
  readonly session: MatchSession = createSession();
  painted = 0;

  constructor(
    private doc: Document,
    private matcher: Matcher,
    private highlight: Highlight,
    private index: MentionIndex,
    private scheduler: Scheduler,
  ) {}

  /** Queues a subtree for scanning; text already painted inside it is repainted. */
  enqueue(root: Node): void {
    if (this.stopped || insideSkipped(root)) return;
    this.queue.push({ root, session: this.session });
    this.schedule();
  }

  /**
   * Scans `root` before anything queued: the part of the page in view, when the page
   * opens scrolled down. It is read again in document order by the full pass, which
   * keeps what a reader would infer from the text above it.
   */
  enqueueFirst(root: Node): void {
    if (this.stopped || insideSkipped(root)) return;
    this.queue.unshift({ root, session: createSession() });
    this.schedule();
  }

  /** Forgets every mention and starts over with another matcher (the reader changed settings). */
  restart(matcher: Matcher): void {
    this.queue = [];
    this.blocks = null;
    this.highlight.clear();
    this.index.clear();
    this.painted = 0;
    this.matcher = matcher;
    this.session.seen.clear();
    this.session.owners.clear();
    this.stopped = false;
    this.enqueue(this.doc.body);
  }

  /** Unpaints mentions in blocks that left the page. */
  prune(): void {
    for (const p of this.index.prune()) this.highlight.delete(p.range);
  }

  /** Stops scanning and unpaints everything (annotation turned off for the site, or teardown). */
  stop(): void {
    this.stopped = true;
    this.queue = [];
    this.blocks = null;
    this.highlight.clear();
    this.index.clear();
    this.painted = 0;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.scheduler.later(() => {
      this.scheduled = false;
      this.runSlice();
    });
  }

  private nextBlock(): TextBlock | null {
    for (;;) {
      if (this.blocks) {
        const r = this.blocks.next();
        if (!r.done) return r.value;
        this.blocks = null;
      }
      const job = this.queue.shift();
      if (!job) return null;
      if (!job.root.isConnected) continue;
      this.cleared.clear();
      this.current = job.session;
      this.blocks = readBlocks(job.root, this.doc);
    }
  }

  private runSlice(): void {
    if (this.stopped) return;
    const start = performance.now();
    let block: TextBlock | null = null;
    while (performance.now() - start < SLICE_BUDGET_MS && (block = this.nextBlock())) this.paint(block);
    performance.measure(SCAN_MEASURE, { start, end: performance.now(), detail: { matches: this.painted } });
    if (block) this.schedule();
  }

  private paint(block: TextBlock): void {
    if (!this.cleared.has(block.element)) {
      // One element can yield several blocks (text around a nested paragraph): clear it once.
      this.cleared.add(block.element);
      for (const old of this.index.removeBlock(block.element)) this.highlight.delete(old.range);
    }
    const { nodes, starts } = block;
    // Mentions come in text order, so one cursor moves forward through the block's nodes.
    let k = 0;
    for (const m of this.matcher.find(block.text, this.current ?? this.session)) {
      // The start lies in the last node starting at or before it; the end in the last node starting before it.
      while (k + 1 < nodes.length && starts[k + 1]! <= m.start) k++;
      let j = k;
      while (j + 1 < nodes.length && starts[j + 1]! < m.end) j++;
      const range = new StaticRange({ startContainer: nodes[k]!, startOffset: m.start - starts[k]!, endContainer: nodes[j]!, endOffset: m.end - starts[j]! });
      this.highlight.add(range);
      this.index.add(block.element, { id: m.id, range });
      this.painted++;
    }
  }
}

/**
 * The part of the page in view, when the page opens scrolled away from its top (a reload,
 * a link to an anchor): the nearest element around the viewport's centre that is at
 * least as tall as the viewport. Null at the top of the page, where document order
 * already reaches the viewport first.
 */
export function viewportRoot(doc: Document, view: { height: number; width: number; scrollY: number }): Element | null {
  if (view.scrollY < view.height / 2) return null;
  let el = doc.elementFromPoint(view.width / 2, view.height / 2);
  while (el && el !== doc.body && el.getBoundingClientRect().height < view.height) el = el.parentElement;
  return el && el !== doc.body && el !== doc.documentElement ? el : null;
}
