/**
 * Finds mentions on the page and paints them with the CSS Custom Highlight API: the
 * page's DOM is never changed, so its layout, text, selection, copy and find-in-page
 * stay as they were. Work is cut into slices of a few milliseconds so the page never
 * has a long task, and each slice is recorded as performance.measure('entity-scan').
 */
import { type MatchSession, type Matcher, createSession } from '../../knowledge/matcher';
import { BlockReader, type TextBatch, UNFINISHED } from '../../pagetext/blocks';
import { insideSkipped } from '../../pagetext/skip';
import type { Mention } from '../../knowledge/types';
import type { MentionIndex } from './mention-index';
import { NearViewPainter } from './near-view';
import { Placer } from './placer';

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
 * checked between steps (a batch, or a piece of one).
 */
const FIRST_BATCH_CHARS = 256;
/**
 * A batch is matched this many characters at a time, so that a slice can stop inside it.
 * Batches are whole blocks, and one block can hold a whole page (a transcript in one
 * element, lines cut by <br>): matched at once, 60,000 words in one block took 56-77 ms.
 */
const PIECE_CHARS = 8192;
/** Likewise, a block is read this many text nodes at a time (~3 µs each in Chromium). */
const READ_NODES = 512;
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

/** A batch being matched, piece by piece. */
interface Matching {
  batch: TextBatch;
  places: Placer;
  /** Where its next piece starts. */
  at: number;
  eager: boolean;
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
  private matching: Matching | null = null;
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
    this.matching = null;
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
    if (this.queue.length > 0 || this.reader || this.matching) this.runSlice();
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
    this.matching = null;
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

  /** The next blocks to match together, all from one job; UNFINISHED while a long one is still being read; null when nothing is left. */
  private nextBatch(): TextBatch | typeof UNFINISHED | null {
    // A batch never spans two jobs: each has its own session and its own cleared blocks.
    for (;;) {
      if (!this.reader && !this.startJob()) return null;
      const batch = this.reader!.next(this.batchChars, READ_NODES);
      if (batch === UNFINISHED) return batch;
      if (batch) {
        this.batchChars = Math.min(BATCH_CHARS, this.batchChars * 2);
        return batch;
      }
      this.reader = null;
    }
  }

  private runSlice(): void {
    if (this.stopped) return;
    const start = performance.now();
    const found = this.index.size;
    let more = true;
    while (performance.now() - start < SLICE_BUDGET_MS && (more = this.matchPiece())) {
      // The page's first mentions are shown as soon as they are found: the slice ends so
      // the browser can paint them. (Only the first: a page that keeps adding text must
      // not cut every slice short.)
      if (found === 0 && this.index.size > 0) break;
    }
    this.painter.flush(!more || found === 0);
    recordScan(start, this.index.size);
    if (more) this.schedule();
  }

  /** Matches and paints the next piece of text; false when nothing is left to read. */
  private matchPiece(): boolean {
    if (!this.matching) {
      const batch = this.nextBatch();
      if (!batch) return false;
      if (batch === UNFINISHED) return true;
      this.matching = this.begin(batch);
    }
    const m = this.matching;
    const found: Mention[] = [];
    m.at = this.matcher.findPiece(m.batch.text, this.current ?? this.session, m.at, m.at + PIECE_CHARS, found);
    for (const { id, start, end } of found) {
      const placed = m.places.place(id, start, end);
      this.painter.paint(m.places.element, placed, m.eager);
      this.index.add(m.places.element, placed);
    }
    if (m.at >= m.batch.text.length) {
      this.eagerChars -= m.batch.text.length;
      this.matching = null;
    }
    return true;
  }

  /** Clears what the batch's blocks showed before, to paint what is found in them now. */
  private begin(batch: TextBatch): Matching {
    for (const element of batch.blocks) {
      if (this.cleared.has(element)) continue;
      // One element can yield several blocks (text around a nested paragraph): clear it once.
      this.cleared.add(element);
      this.painter.unpaint(this.index.removeBlock(element));
    }
    return { batch, places: new Placer(batch), at: 0, eager: this.eagerChars > 0 };
  }
}
