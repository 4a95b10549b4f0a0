/**
 * The page's long tasks, and the extension's longest, read from a Chromium trace rather
 * than the Long Tasks API: the API did not report a 149 ms slice that an extension's
 * content script ran from a timer (nor the page's own long layout tasks on that load),
 * while the trace showed both. Every task on the page's main thread counts, whoever ran
 * it: on a 60,000-word page the page's own first layout (80-180 ms) lands after
 * DOMContentLoaded on some loads, with or without an extension, so compare with the page
 * alone. The benchmark's own driver runs script in the page too (Playwright's injected
 * script, ~12 ms to evaluate), alike for every extension.
 */
import type { CDPSession, Page } from 'playwright-core';
import { lastAtMost } from '../../../pagetext/offsets';

interface TraceEvent {
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { isMainFrame?: boolean; isOutermostMainFrame?: boolean; url?: string } };
}

export interface TaskFigures {
  /** Total Blocking Time after DOMContentLoaded: each task's time beyond 50 ms, summed. */
  tbtMs: number;
  longestTaskMs: number;
  /**
   * The longest task, at any time, that ran the extension's own script: the content
   * script's evaluation (which no 'entity-scan' measure covers), its timers and observers.
   * Promise continuations run in tasks the trace does not tie to a script, so they are
   * not counted here.
   */
  extensionTaskMs: number;
}

/** Starts tracing the page's tasks; call before loading it. */
export async function traceTasks(page: Page): Promise<() => Promise<TaskFigures>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  // RunTask events are in the disabled-by-default category; without it the trace held none.
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    return figures(events);
  };
}

function figures(events: readonly TraceEvent[]): TaskFigures {
  const dcl = events.find((e) => e.name === 'MarkDOMContent' && (e.args?.data?.isOutermostMainFrame ?? e.args?.data?.isMainFrame));
  if (!dcl) throw new Error('The trace holds no DOMContentLoaded of the page');
  const main = events.find((e) => e.name === 'thread_name' && e.pid === dcl.pid && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => e.pid === dcl.pid && e.tid === (main?.tid ?? dcl.tid));
  const tasks = onMain.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const ms = tasks.filter((e) => e.ts >= dcl.ts).map((e) => (e.dur ?? 0) / 1000);
  const ours = extensionTasks(tasks, onMain).map((e) => (e.dur ?? 0) / 1000);
  return {
    tbtMs: ms.reduce((s, d) => s + Math.max(0, d - 50), 0),
    longestTaskMs: ms.reduce((s, d) => Math.max(s, d), 0),
    extensionTaskMs: ours.reduce((s, d) => Math.max(s, d), 0),
  };
}

/** Tasks (sorted by start) that hold an event of an extension's script: its evaluation or a call into it. */
function extensionTasks(tasks: readonly TraceEvent[], onMain: readonly TraceEvent[]): TraceEvent[] {
  const found = new Set<TraceEvent>();
  const starts = tasks.map((t) => t.ts);
  for (const e of onMain) {
    if (!e.args?.data?.url?.startsWith('chrome-extension://')) continue;
    // The last task that started at or before the event holds it, if any does.
    const task = tasks[lastAtMost(starts, e.ts)];
    if (task && task.ts <= e.ts && e.ts <= task.ts + (task.dur ?? 0)) found.add(task);
  }
  return [...found];
}
