/**
 * Mounts the hover card in a shadow root on the page, so page styles do not
 * leak in and ours do not leak out. Created on first use and removed when the card
 * closes, so annotation alone adds no node to the page.
 */
import { h, render } from 'preact';
import { HoverCard } from '../../components/HoverCard';
import { HOVER_CARD_CSS } from '../../components/hoverCardStyles';
import type { CardData, Excerpt } from '../../knowledge/cards';
import { UI_HOST_TAG } from '../../pagetext/skip';
import { type Box, placeCard } from './placement';

/** Show "Loading…" only if the data takes longer than this; most cards arrive first. */
const LOADING_AFTER_MS = 150;

export interface CardSource {
  fetchCard(id: string): Promise<CardData | null>;
  openSource(excerpt: Excerpt): void;
}

function adoptStyles(root: ShadowRoot, doc: Document): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HOVER_CARD_CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Browsers that refuse a sheet built in the content script's world get a <style>.
    const style = doc.createElement('style');
    style.textContent = HOVER_CARD_CSS;
    root.append(style);
  }
}

export class CardHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private anchor: Box | null = null;
  private returnFocus: HTMLElement | null = null;
  private shownId: string | null = null;
  private request = 0;

  constructor(
    private doc: Document,
    private source: CardSource,
    private onHidden: () => void,
  ) {}

  get openId(): string | null {
    return this.shownId;
  }

  /** True when an event target is (inside) the card. */
  contains(target: EventTarget | null): boolean {
    return this.host !== null && target === this.host;
  }

  /** Opens the card for an entity next to `anchor`. With `focus`, keyboard focus moves into it. */
  async show(id: string, label: string, anchor: Box, focus: boolean): Promise<void> {
    const ticket = ++this.request;
    this.anchor = anchor;
    if (focus && !this.returnFocus) this.returnFocus = this.doc.activeElement as HTMLElement | null;
    const loading = setTimeout(() => ticket === this.request && this.draw(id, label, null, focus), LOADING_AFTER_MS);
    const card = await this.source.fetchCard(id).catch(() => null);
    clearTimeout(loading);
    if (ticket !== this.request) return;
    if (!card) return this.hide();
    this.draw(id, label, card, focus);
  }

  hide(): void {
    this.request++;
    if (!this.host) return;
    if (this.mount) render(null, this.mount);
    this.host.remove();
    this.host = null;
    this.mount = null;
    this.shownId = null;
    const back = this.returnFocus;
    this.returnFocus = null;
    if (back?.isConnected) back.focus({ preventScroll: true });
    this.onHidden();
  }

  destroy(): void {
    this.returnFocus = null;
    this.hide();
  }

  private ensureHost(): HTMLElement {
    if (this.host && this.mount) return this.mount;
    const host = this.doc.createElement(UI_HOST_TAG.toLowerCase());
    const root = host.attachShadow({ mode: 'open' });
    adoptStyles(root, this.doc);
    const mount = this.doc.createElement('div');
    root.append(mount);
    this.doc.documentElement.append(host);
    this.host = host;
    this.mount = mount;
    return mount;
  }

  private draw(id: string, label: string, card: CardData | null, focus: boolean): void {
    const mount = this.ensureHost();
    this.shownId = id;
    render(
      h(HoverCard, {
        card,
        label,
        headingId: 'backgrounder-card-title',
        onClose: () => this.hide(),
        onRelated: (rid: string) => void this.show(rid, rid, this.anchor!, true),
        onReadSource: (x: Excerpt) => this.source.openSource(x),
      }),
      mount,
    );
    const el = mount.firstElementChild as HTMLElement;
    this.position(el);
    if (focus) el.focus({ preventScroll: true });
  }

  private position(el: HTMLElement): void {
    if (el.showPopover && !el.matches(':popover-open')) {
      // The top layer puts the card above any z-index or transform the page uses.
      el.setAttribute('popover', 'manual');
      el.showPopover();
    }
    const size = el.getBoundingClientRect();
    const view = { width: this.doc.documentElement.clientWidth, height: this.doc.documentElement.clientHeight };
    const { left, top } = placeCard(this.anchor!, size, view);
    el.style.left = `${left}px`;
    el.style.top = `${top}px`;
  }
}
