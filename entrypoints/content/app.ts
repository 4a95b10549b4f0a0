/**
 * Backgrounder on a page: wires the annotator, the page watcher, hover intent, the
 * keyboard shortcut and the card together, and tears every one of them down when the
 * content script is invalidated (extension reloaded, updated or removed).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Lexicon } from '../../knowledge/compiled';
import { createMatcher } from '../../knowledge/matcher';
import { send } from '../../messaging/client';
import { Annotator } from './annotator';
import { CardHost } from './card-host';
import { HoverTracker } from './hover';
import { keyboardTarget } from './keyboard';
import { MentionIndex, type Placed } from './mention-index';
import { createTimers } from './timers';
import { watchPage } from './watch';

export const MENTION_HIGHLIGHT = 'backgrounder-mention';
export const ACTIVE_HIGHLIGHT = 'backgrounder-active';

export function startBackgrounder(ctx: ContentScriptContext, doc: Document, lexicon: Lexicon): void {
  if (!doc.body || typeof Highlight === 'undefined' || !CSS.highlights) return;
  const timers = createTimers(ctx);
  const index = new MentionIndex();
  const marks = new Highlight();
  const active = new Highlight();
  CSS.highlights.set(MENTION_HIGHLIGHT, marks);
  CSS.highlights.set(ACTIVE_HIGHLIGHT, active);
  const annotator = new Annotator(doc, createMatcher(lexicon), marks, index, { later: (fn) => void timers.set(fn, 0) });
  let shown: Placed | null = null;

  const card = new CardHost(
    doc,
    {
      fetchCard: (id) => send('card.get', { id }),
      openSource: (x) => void send('source.open', { doc: x.doc, start: x.passage[0], end: x.passage[1] }),
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
    void card.show(p.id, p.range.toString(), rect, focus);
  };
  const hover = new HoverTracker(
    doc,
    index,
    { rest: (p, rect) => open(p, rect, false), leave: () => card.hide(), overCard: (t) => card.contains(t) },
    timers,
  );

  ctx.addEventListener(doc, 'pointermove', hover.onMove, { passive: true });
  ctx.addEventListener(doc, 'keydown', (e) => {
    if (e.key === 'Escape' && card.openId) card.hide();
  }, { capture: true });
  ctx.addEventListener(doc, 'pointerdown', (e) => {
    if (card.openId && !card.contains(e.target)) card.hide();
  }, { capture: true });

  const onTabMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if ((message as { type?: unknown } | null)?.type !== 'card.showAtSelection') return undefined;
    const target = keyboardTarget(doc, index, shown);
    if (target) open(target, target.range.getBoundingClientRect(), true);
    return Promise.resolve({ shown: target !== null });
  };
  browser.runtime.onMessage.addListener(onTabMessage);

  const unwatch = watchPage(doc.body, annotator, (fn, ms) => void timers.set(fn, ms));
  annotator.enqueue(doc.body);

  ctx.onInvalidated(() => {
    annotator.stop();
    unwatch();
    card.destroy();
    browser.runtime.onMessage.removeListener(onTabMessage);
    CSS.highlights.delete(MENTION_HIGHLIGHT);
    CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    index.clear();
  });
}
