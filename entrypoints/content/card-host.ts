/**
 * Mounts the hover card in a shadow root on the page, so page styles do not
 * leak in and ours do not leak out. Created on first use and removed when the card
 * closes, so annotation alone adds no node to the page.
 */
import { h, render } from 'preact';
import { HoverCard } from '../../components/HoverCard';
import { HOVER_CARD_CSS } from '../../components/hoverCardStyles';
import type { SaveState, SourceRef } from '../../components/HoverCard';
import type { CardData } from '../../knowledge/cards';
import type { SaveResult } from '../../messaging/protocol';
import { type Box, placeCard } from './placement';
import { ShadowMount } from './shadow-mount';

/** Show "Loading…" only if the data takes longer than this; most cards arrive first. */
const LOADING_AFTER_MS = 150;

export interface CardSource {
  fetchCard(id: string): Promise<CardData | null>;
  openSource(where: SourceRef): void;
  /** Saves the sentence around the mention the card was opened from. */
  saveMention(id: string): Promise<SaveResult>;
  openClippings(): void;
  openExplorer(id: string): void;
}

export class CardHost {
  private ui: ShadowMount;
  private anchor: Box | null = null;
  private returnFocus: HTMLElement | null = null;
  private shownId: string | null = null;
  private request = 0;
  private last: { id: string; label: string; card: CardData | null } | null = null;
  private saveState: SaveState = { state: 'idle' };
  /** The entity of the mention the card was opened on (related cards keep it). */
  private mentionId: string | null = null;

  constructor(
    private doc: Document,
    private source: CardSource,
    private onHidden: () => void,
  ) {
    this.ui = new ShadowMount(doc, HOVER_CARD_CSS);
  }

  get openId(): string | null {
    return this.shownId;
  }

  /** True when an event target is (inside) the card. */
  contains(target: EventTarget | null): boolean {
    return this.ui.owns(target);
  }

  /** Opens the card for an entity next to `anchor`. With `focus`, keyboard focus moves into it. */
  async show(id: string, label: string, anchor: Box, focus: boolean): Promise<void> {
    const ticket = ++this.request;
    this.anchor = anchor;
    this.saveState = { state: 'idle' };
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
    if (!this.ui.attached) return;
    render(null, this.ui.mount());
    this.ui.detach();
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

  /** Opens the card for a mention: unlike show(), this resets which mention "Save" keeps. */
  async showMention(id: string, label: string, anchor: Box, focus: boolean): Promise<void> {
    this.mentionId = id;
    return this.show(id, label, anchor, focus);
  }

  private async save(): Promise<void> {
    const id = this.mentionId;
    if (!id || this.saveState.state === 'saving') return;
    this.saveState = { state: 'saving' };
    this.redraw();
    const result = await this.source.saveMention(id).catch((e: unknown) => ({ ok: false as const, error: String(e) }));
    this.saveState = result.ok ? { state: 'saved' } : { state: 'error', message: result.error };
    this.redraw();
  }

  private redraw(): void {
    if (this.last && this.ui.attached) this.draw(this.last.id, this.last.label, this.last.card, false);
  }

  private draw(id: string, label: string, card: CardData | null, focus: boolean): void {
    const mount = this.ui.mount();
    this.shownId = id;
    this.last = { id, label, card };
    render(
      h(HoverCard, {
        card,
        label,
        headingId: 'backgrounder-card-title',
        onClose: () => this.hide(),
        onRelated: (rid: string) => void this.show(rid, rid, this.anchor!, true),
        onReadSource: (x: SourceRef) => this.source.openSource(x),
        onSave: () => void this.save(),
        onOpenClippings: () => this.source.openClippings(),
        onExplore: (eid: string) => this.source.openExplorer(eid),
        saveState: this.saveState,
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
