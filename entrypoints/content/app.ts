/**
 * Backgrounder on a page: wires the annotator, the page watcher, hover intent, the
 * card, the page's answers to the popup and background, and the reader's settings
 * together, and tears every one of them down when the content script is invalidated
 * (extension reloaded, updated or removed).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { makeAnchor, sentenceAround } from '../../clippings/anchor';
import { PageIndex } from '../../clippings/page-index';
import { type Matcher, createMatcher, showingTypes } from '../../knowledge/matcher';
import type { ShippedLexicon } from '../../knowledge/shipped-lexicon';
import { send } from '../../messaging/client';
import { saveClipping } from '../../messaging/save';
import type { SaveResult } from '../../messaging/protocol';
import { createTabListener } from '../../messaging/tabs';
import { locateRange } from '../../pagetext/position';
import { type Settings, isSiteDisabled } from '../../settings/settings';
import { loadSettings, watchSettings } from '../../settings/storage';
import { Annotator, measuredSetup } from './annotator';
import { CardHost } from './card-host';
import { HoverTracker } from './hover';
import { keyboardTarget } from './keyboard';
import { MentionIndex, type Placed, liveRange, mentionText } from './mention-index';
import { viewportRoot } from './near-view';
import { currentSelection, pageCounts, reveal, snapshot } from './page-requests';
import { SavedPassages } from './saved-passages';
import { createTimers } from './timers';
import { ToastHost } from './toast-host';
import { watchPage } from './watch';

export const MENTION_HIGHLIGHT = 'backgrounder-mention';
export const ACTIVE_HIGHLIGHT = 'backgrounder-active';
/** Saved passages are looked for after the page's first scan slices, not before them. */
const CLIPPINGS_DELAY_MS = 300;

/** The sentence around a mention, as a card "Save" keeps it. */
function mentionDraft(doc: Document, placed: Placed, id: string) {
  const located = locateRange(doc.body, doc, liveRange(placed));
  const text = located ? located.pageText : mentionText(placed);
  const [a, b] = located ? sentenceAround(text, located.start, located.end) : [0, text.length];
  const anchor = located ? makeAnchor(text, a, b) : null;
  return { kind: 'card' as const, url: doc.location.href, title: doc.title, text: text.slice(a, b), note: '', tags: [], anchor, article: null, entityId: id };
}

export async function startBackgrounder(ctx: ContentScriptContext, doc: Document, load: () => ShippedLexicon): Promise<void> {
  if (!doc.body || typeof Highlight === 'undefined' || !CSS.highlights) return;
  // The lexicon is parsed and the matcher built in a task of their own while the settings
  // are on their way: sooner than after them, and never in one long task with the
  // script's evaluation. Both count in the scan's cost.
  const build = (): Matcher => {
    const { lexicon, precompiled } = load();
    return createMatcher(lexicon, precompiled);
  };
  const compiling = new Promise<Matcher>((done) => setTimeout(() => done(measuredSetup(build)), 0));
  let settings = await loadSettings().catch(() => null);
  const everything = await compiling;
  if (!settings || !ctx.isValid) return;
  const timers = createTimers(ctx);
  const index = new MentionIndex();
  const marks = new Highlight();
  const active = new Highlight();
  CSS.highlights.set(MENTION_HIGHLIGHT, marks);
  CSS.highlights.set(ACTIVE_HIGHLIGHT, active);
  const annotator = new Annotator(doc, showingTypes(everything, settings.types), marks, index, { later: (fn) => void timers.set(fn, 0) });
  const toast = new ToastHost(doc, timers);
  const pageList = new PageIndex(browser.storage.local);
  const passages = new SavedPassages(
    doc,
    { forPage: async () => (await send('clippings.forPage', { url: doc.location.href })).clippings, mayHave: (url) => pageList.mayHaveClippings(url) },
    () => ctx.isValid,
  );
  let shown: Placed | null = null;

  const card = new CardHost(
    doc,
    {
      fetchCard: (id) => send('card.get', { id }),
      openSource: (x) => void send('source.open', { doc: x.doc, start: x.passage[0], end: x.passage[1] }),
      openClippings: () => void send('options.open', {}),
      openExplorer: (id) => void send('explorer.open', { id }),
      saveMention: async (id): Promise<SaveResult> => {
        if (!shown) return { ok: false, error: 'The mention is no longer on the page.' };
        const result = await saveClipping(mentionDraft(doc, shown, id));
        if (result.ok) void passages.bringBack();
        return result;
      },
    },
    () => {
      shown = null;
      active.clear();
      hover.reset();
    },
  );
  const open = (p: Placed, rect: DOMRect, focus: boolean) => {
    shown = p;
    active.clear();
    active.add(p.range);
    void card.showMention(p.id, mentionText(p), rect, focus);
  };
  const hover = new HoverTracker(
    doc,
    index,
    { rest: (p, rect) => open(p, rect, false), leave: () => card.hide(), overCard: (t) => card.contains(t) },
    timers,
    () => settings!.hoverDelayMs,
  );

  ctx.addEventListener(doc, 'pointermove', hover.onMove, { passive: true });
  ctx.addEventListener(doc, 'keydown', (e) => {
    if (e.key === 'Escape' && card.openId) card.hide();
  }, { capture: true });
  ctx.addEventListener(doc, 'pointerdown', (e) => {
    if (card.openId && !card.contains(e.target)) card.hide();
  }, { capture: true });

  const annotating = () => !isSiteDisabled(settings!, doc.location.hostname);
  const onTabMessage = createTabListener(
    {
      'card.showAtSelection': () => {
        const target = annotating() ? keyboardTarget(doc, index, shown) : null;
        if (target) open(target, liveRange(target).getBoundingClientRect(), true);
        return { shown: target !== null };
      },
      'page.selection': () => currentSelection(doc),
      'page.snapshot': () => snapshot(doc),
      'page.entities': () => ({ entities: pageCounts(index), site: doc.location.hostname, annotating: annotating() }),
      'page.reveal': ({ id }) => {
        const found = reveal(index, id);
        if (found) {
          active.clear();
          active.add(found.range);
        }
        return { found: found !== null };
      },
      'page.clippings': async () => {
        await passages.bringBack();
        return { clippings: [...passages.restored] };
      },
      'page.notify': ({ message, ok }) => {
        toast.show(message, ok);
        if (ok) void passages.bringBack();
        return { shown: true };
      },
    },
    browser.runtime.id,
  );
  browser.runtime.onMessage.addListener(onTabMessage);

  const unwatch = watchPage(
    doc.body,
    { enqueue: (root) => annotator.enqueue(root), prune: () => annotator.prune(), changed: () => passages.pageChanged() },
    (fn, ms) => void timers.set(fn, ms),
  );
  const apply = (next: Settings) => {
    const typesChanged = next.types.join() !== settings!.types.join();
    settings = next;
    if (!annotating()) {
      card.hide();
      annotator.stop();
    } else if (typesChanged || index.size === 0) {
      annotator.restart(showingTypes(everything, next.types));
    }
  };
  const unwatchSettings = watchSettings(apply);
  // After the first scan has had its turn: the reader's own passages, found again, if the
  // page is listed as having any (asking the background would wake it on every page).
  timers.set(() => void passages.bringBackIfListed(), CLIPPINGS_DELAY_MS);
  if (annotating()) {
    const inView = viewportRoot(doc, { height: innerHeight, width: innerWidth, scrollY });
    if (inView) annotator.enqueueFirst(inView);
    annotator.enqueue(doc.body);
  }

  ctx.onInvalidated(() => {
    // The extension was reloaded, updated or removed: take everything off the page. The
    // extension APIs may already be gone, so each step stands alone.
    for (const step of [
      () => annotator.stop(),
      unwatch,
      () => card.destroy(),
      () => toast.hide(),
      () => CSS.highlights.delete(MENTION_HIGHLIGHT),
      () => CSS.highlights.delete(ACTIVE_HIGHLIGHT),
      () => passages.destroy(),
      unwatchSettings,
      () => browser.runtime.onMessage.removeListener(onTabMessage),
    ]) {
      try {
        step();
      } catch {
        // An API of a context that no longer exists: nothing left to undo there.
      }
    }
  });
  // Last, once everything can be torn down: the first slice runs in this task.
  annotator.sliceNow();
}
