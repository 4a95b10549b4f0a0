/**
 * Finds mentions on the page and paints them with the CSS Custom Highlight API: the
 * page's DOM is never changed, so its layout, text, selection, copy and find-in-page
 * stay as they were. Work is cut into slices of a few milliseconds so the page never
 * has a long task, and each slice is recorded as performance.measure('entity-scan').
 */
import { type MatchSession, type Matcher, createSession } from '../../knowledge/matcher';
import { BlockReader, type TextBatch } from '../../pagetext/blocks';
import { insideSkipped } from '../../pagetext/skip';
import { type MentionIndex, Placed } from './mention-index';
import { NearViewPainter } from './near-view';

/** A slice stops after this long: well under the 50 ms that makes a task "long". */
export const SLICE_BUDGET_MS = 8;
/** Name of the performance measure each slice records. */
export const SCAN_MEASURE = 'entity-scan';
/**
 * Blocks are matched in batches of up to about this many characters, joined by blank
 * lines as the page's text is (see pageText): one matcher call per batch rather than per
 * paragraph, and exactly the mentions a scan of the whole text finds.
 */
const BATCH_CHARS = 4096;
/**
 * The first batch is small and each next one twice as large: the first calls run cold
 * (the matcher's expressions compile on first use), and the slice's budget is only
 * checked between batches.
 */
const FIRST_BATCH_CHARS = 256;
/**
 * About a screenful of text: a job paints what it finds in its first this-many characters
 * at once (the part of the page in view), without waiting a frame for the observer.
 */
const FIRST_VIEW_CHARS = 4096;

/** Records work of the scan's since `start`, with the mentions on the page now. */
function recordScan(start: number, matches: number): void {
  performance.measure(SCAN_MEASURE, { start, end: performance.now(), detail: { matches } });
}

/**
 * Runs setup work for the scan (compiling the matcher) inside an 'entity-scan' measure,
 * so the scan's recorded cost includes everything it needs, not just its slices.
 */
export function measuredSetup<T>(work: () => T): T {
  const start = performance.now();
  const result = work();
  recordScan(start, 0);
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
  private reader: BlockReader | null = null;
  private cleared = new Set<Element>();
  private scheduled = false;
  /** Characters of the job still counted as in view: their mentions are painted before the observer has placed their blocks. */
  private eagerChars = FIRST_VIEW_CHARS;
  private stopped = false;
  private batchChars = FIRST_BATCH_CHARS;
  readonly session: MatchSession = createSession();
  private painter: NearViewPainter;

  constructor(
    private doc: Document,
    private matcher: Matcher,
    highlight: Highlight,
    private index: MentionIndex,
    private scheduler: Scheduler,
  ) {
    this.painter = new NearViewPainter(highlight, (block) => index.mentionsIn(block), (start) => recordScan(start, index.size));
  }

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
    this.reader = null;
    this.painter.clear();
    this.index.clear();
    this.matcher = matcher;
    this.session.seen.clear();
    this.session.owners.clear();
    this.stopped = false;
    this.enqueue(this.doc.body);
  }

  /**
   * Runs a slice in the current task. When a page opens, the browser does its own work on
   * it (its first layout) between tasks: on 300,000 words a first slice queued behind that
   * work started 23-60 ms after the settings arrived. Run now, it registers the mentions in
   * view first, so they can show in the page's first frame; the rest follows later.
   */
  sliceNow(): void {
    if (this.queue.length > 0 || this.reader) this.runSlice();
  }

  /** Unpaints mentions in blocks that left the page. */
  prune(): void {
    this.painter.unpaint(this.index.prune());
    this.painter.prune();
  }

  /** Stops scanning and unpaints everything (annotation turned off for the site, or teardown). */
  stop(): void {
    this.stopped = true;
    this.queue = [];
    this.reader = null;
    this.painter.clear();
    this.index.clear();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.scheduler.later(() => {
      this.scheduled = false;
      this.runSlice();
    });
  }

  /** Starts the next job whose root is still on the page; false when none is left. */
  private startJob(): boolean {
    for (let job = this.queue.shift(); job; job = this.queue.shift()) {
      if (!job.root.isConnected) continue;
      this.cleared.clear();
      this.current = job.session;
      this.eagerChars = FIRST_VIEW_CHARS;
      this.reader = new BlockReader(job.root, this.doc);
      return true;
    }
    return false;
  }

  /** The next blocks to match together, all from one job; null when nothing is left. */
  private nextBatch(): TextBatch | null {
    const limit = this.batchChars;
    this.batchChars = Math.min(BATCH_CHARS, limit * 2);
    // A batch never spans two jobs: each has its own session and its own cleared blocks.
    for (;;) {
      if (!this.reader && !this.startJob()) return null;
      const batch = this.reader!.next(limit);
      if (batch) return batch;
      this.reader = null;
    }
  }

  private runSlice(): void {
    if (this.stopped) return;
    const start = performance.now();
    const found = this.index.size;
    let batch: TextBatch | null = null;
    while (performance.now() - start < SLICE_BUDGET_MS && (batch = this.nextBatch())) {
      this.paint(batch, this.eagerChars > 0);
      this.eagerChars -= batch.text.length;
      // The page's first mentions are shown as soon as they are found: the slice ends so
      // the browser can paint them. (Only the first: a page that keeps adding text must
      // not cut every slice short.)
      if (found === 0 && this.index.size > 0) break;
    }
    recordScan(start, this.index.size);
    if (batch) this.schedule();
  }

  private paint(batch: TextBatch, eager: boolean): void {
    for (const element of batch.blocks) {
      if (this.cleared.has(element)) continue;
      // One element can yield several blocks (text around a nested paragraph): clear it once.
      this.cleared.add(element);
      this.painter.unpaint(this.index.removeBlock(element));
    }
    const places = new Placer(batch);
    for (const m of this.matcher.find(batch.text, this.current ?? this.session)) {
      const placed = places.place(m.id, m.start, m.end);
      this.painter.paint(places.element, placed, eager);
      this.index.add(places.element, placed);
    }
  }
}

/**
 * Turns offsets in a batch's text into places in its text nodes. Mentions come
 * in text order, so cursors only move forward: a batch costs one pass over its blocks
 * and nodes however many mentions it holds.
 */
class Placer {
  private block = 0;
  private node = 0;
  /** The block of the mention last placed. */
  element: Element;

  constructor(private batch: TextBatch) {
    this.element = batch.blocks[0]!;
  }

  place(id: string, start: number, end: number): Placed {
    const { blocks, blockStarts, nodes, starts } = this.batch;
    // No name spans a blank line, so each mention lies inside one block.
    while (this.block + 1 < blocks.length && blockStarts[this.block + 1]! <= start) this.block++;
    this.element = blocks[this.block]!;
    // The start lies in the last node starting at or before it; the end in the last node starting before it.
    while (this.node + 1 < nodes.length && starts[this.node + 1]! <= start) this.node++;
    let last = this.node;
    while (last + 1 < nodes.length && starts[last + 1]! < end) last++;
    const first = this.node;
    return new Placed(id, nodes[first]!, start - starts[first]!, nodes[last]!, end - starts[last]!);
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
