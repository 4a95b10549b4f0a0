/**
 * Timers that end with the content script. WXT's ctx.setTimeout registers an
 * invalidation listener per call, which grows without bound on a long-lived page;
 * here one listener clears whatever is still pending.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface PageTimers {
  set(fn: () => void, ms: number): number;
  clear(id: number): void;
  frame(fn: () => void): void;
}

export function createTimers(ctx: ContentScriptContext): PageTimers {
  const timeouts = new Set<number>();
  const frames = new Set<number>();
  ctx.onInvalidated(() => {
    for (const id of timeouts) clearTimeout(id);
    for (const id of frames) cancelAnimationFrame(id);
  });
  return {
    set(fn, ms) {
      const id = window.setTimeout(() => {
        timeouts.delete(id);
        if (ctx.isValid) fn();
      }, ms);
      timeouts.add(id);
      return id;
    },
    clear(id) {
      clearTimeout(id);
      timeouts.delete(id);
    },
    frame(fn) {
      const id = requestAnimationFrame(() => {
        frames.delete(id);
        if (ctx.isValid) fn();
      });
      frames.add(id);
    },
  };
}
