/**
 * Which blocks with mentions lie near the viewport, told by IntersectionObservers that
 * watch as few of them as they can. An observer's work on each frame after the page
 * changes grows with the elements it watches: on a 300,000-word page, watching every
 * paragraph cost 31-35 ms a frame after an update, watching every sixteenth 21-22 ms
 * (measured 2026-11-23); grouping as below took one from 43.6 to 33.2 ms (2026-11-24).
 *
 * Every block is watched until the first report on it says where it is laid out. Then
 * runs of far blocks, laid out top to bottom and together at most two screens tall,
 * become groups, and only a group's first and last blocks stay watched, by an observer
 * that reaches three screens beyond the view. A block in view has both ends of its group
 * within two screens of it, so an end reports as soon as the reader comes near, also
 * after a jump (a link to an anchor, find-in-page). The group then opens: each of its
 * blocks is watched and said near or far on its own, as a block outside any group is.
 */

/** How far beyond the viewport blocks count as near: a screenful above and below. */
const NEAR_MARGIN = '100% 0px 100% 0px';
/** How far beyond the viewport a group's ends open it. */
const GROUP_MARGIN = '300% 0px 300% 0px';
/**
 * The tallest a group may be when it forms, in screens: a screen short of the group
 * observer's reach, so that it still opens in time if the page reflows a little taller.
 */
const GROUP_SCREENS = 2;
/** The most blocks in one group. */
const GROUP_SIZE = 32;

interface Group {
  blocks: Element[];
  /** Whether each block is watched on its own. */
  open: boolean;
  /** Its ends within the group observer's reach, as it last said. */
  endsNear: Set<Element>;
}

/** A block's first report: whether it is near, and where it is laid out. */
interface FirstReport {
  block: Element;
  near: boolean;
  /** Its box's top and bottom, read once: each read of a DOMRect's side is a call into the browser. */
  top: number;
  bottom: number;
  /** When the observer measured it: boxes compare only within one measurement. */
  time: number;
}

export class NearGroups {
  /** Watches blocks alone and the blocks of open groups: near or far. */
  private blockObserver: IntersectionObserver;
  /** Watches the ends of groups: open or closed. */
  private groupObserver: IntersectionObserver;
  /** Every block: its group, or null while it is watched alone. */
  private groupOf = new Map<Element, Group | null>();
  /** Blocks not yet reported on: they may form groups once they are. */
  private unreported = new Set<Element>();
  /** Blocks said near (or assumed near, until their first report). */
  private near = new Set<Element>();

  constructor(
    /** A block came near or went far. */
    private changed: (block: Element, near: boolean) => void,
    /** Records the work of one observer report (the scan's cost includes it). */
    measure: (start: number) => void,
  ) {
    const measured = (fn: (entries: IntersectionObserverEntry[]) => void) => (entries: IntersectionObserverEntry[]) => {
      const start = performance.now();
      fn(entries);
      measure(start);
    };
    this.blockObserver = new IntersectionObserver(measured((e) => this.blocksReported(e)), { rootMargin: NEAR_MARGIN });
    this.groupObserver = new IntersectionObserver(measured((e) => this.endsReported(e)), { rootMargin: GROUP_MARGIN });
  }

  has(block: Element): boolean {
    return this.groupOf.has(block);
  }

  isNear(block: Element): boolean {
    return this.near.has(block);
  }

  /**
   * Starts watching a block. An `eager` block (in the part of the page the scan reads
   * first, the view) counts as near at once, until the observer's first report, a frame
   * later, says otherwise; any other block is far until then.
   */
  add(block: Element, eager: boolean): void {
    this.groupOf.set(block, null);
    this.unreported.add(block);
    if (eager) this.near.add(block);
    this.blockObserver.observe(block);
  }

  /** Stops watching blocks that left the page. */
  prune(): void {
    for (const [block, group] of [...this.groupOf]) {
      if (block.isConnected) continue;
      if (group) this.takeApart(group);
      this.blockObserver.unobserve(block);
      this.groupOf.delete(block);
      this.unreported.delete(block);
      this.near.delete(block);
    }
  }

  /** Watches nothing. */
  clear(): void {
    this.blockObserver.disconnect();
    this.groupObserver.disconnect();
    this.groupOf.clear();
    this.unreported.clear();
    this.near.clear();
  }

  private blocksReported(entries: readonly IntersectionObserverEntry[]): void {
    const first: FirstReport[] = [];
    for (const entry of entries) {
      const block = entry.target;
      const group = this.groupOf.get(block);
      // A report queued before the block left the page, or before its group closed.
      if (group === undefined || (group !== null && !group.open)) continue;
      const near = entry.isIntersecting;
      this.setNear(block, near);
      if (!this.unreported.delete(block)) continue;
      // A near block is never grouped: only where a far one lies is asked.
      const { top, bottom } = near ? { top: 0, bottom: 0 } : entry.boundingClientRect;
      first.push({ block, near, top, bottom, time: entry.time });
    }
    // rootBounds is the view with a screen above and below; null only in a cross-origin frame.
    const bounds = entries[0]?.rootBounds;
    const screen = bounds ? bounds.height / 3 : innerHeight;
    this.formGroups(first, screen * GROUP_SCREENS);
  }

  private endsReported(entries: readonly IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const group = this.groupOf.get(entry.target);
      if (!group) continue;
      if (entry.isIntersecting) group.endsNear.add(entry.target);
      else group.endsNear.delete(entry.target);
      if (group.endsNear.size > 0 && !group.open) this.open(group);
      else if (group.endsNear.size === 0 && group.open) this.close(group);
    }
  }

  /**
   * Groups runs of far blocks, reported together (in the order they were watched: the
   * scan's document order) and measured in the same frame, each laid out no higher than
   * the one before, the run no taller than `maxHeight`. Columns (a later block higher up)
   * end a run.
   */
  private formGroups(reports: readonly FirstReport[], maxHeight: number): void {
    let run: FirstReport[] = [];
    let bottom = -Infinity;
    const end = () => {
      if (run.length > 2) this.group(run.map((r) => r.block));
      run = [];
      bottom = -Infinity;
    };
    for (const r of reports) {
      if (r.near || this.groupOf.get(r.block) !== null) {
        end();
        continue;
      }
      const prev = run.at(-1);
      const fits =
        !prev ||
        (run.length < GROUP_SIZE && r.time === prev.time && r.top >= prev.top && Math.max(bottom, r.bottom) - run[0]!.top <= maxHeight);
      if (!fits) end();
      run.push(r);
      bottom = Math.max(bottom, r.bottom);
    }
    end();
  }

  /** From now on the group observer watches the blocks' ends, and no observer the rest. */
  private group(blocks: Element[]): void {
    const group: Group = { blocks, open: false, endsNear: new Set() };
    for (const b of blocks) {
      this.groupOf.set(b, group);
      this.blockObserver.unobserve(b);
    }
    this.groupObserver.observe(blocks[0]!);
    this.groupObserver.observe(blocks.at(-1)!);
  }

  /** Watches each of the group's blocks: the first report on each says whether it is near. */
  private open(group: Group): void {
    group.open = true;
    for (const b of group.blocks) this.blockObserver.observe(b);
  }

  /** Takes the group's blocks out of the near area and stops watching them one by one. */
  private close(group: Group): void {
    group.open = false;
    for (const b of group.blocks) {
      this.blockObserver.unobserve(b);
      this.setNear(b, false);
    }
  }

  /** A block of the group left the page: the rest are watched alone again, and may group anew. */
  private takeApart(group: Group): void {
    for (const b of group.blocks) {
      this.groupObserver.unobserve(b);
      this.groupOf.set(b, null);
      if (group.open) continue;
      this.unreported.add(b);
      this.blockObserver.observe(b);
    }
    group.blocks = [];
  }

  private setNear(block: Element, near: boolean): void {
    if (this.near.has(block) === near) return;
    if (near) this.near.add(block);
    else this.near.delete(block);
    this.changed(block, near);
  }
}
