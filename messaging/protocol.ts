/**
 * The one message contract between the content script, the extension pages and the
 * background: each message name with its request and response. Both sides are
 * checked against it, and the background checks every request's shape at run time.
 */
import type { Anchor, ArticleInfo, Clipping, ClippingKind } from '../clippings/types';
import type { CardData } from '../knowledge/cards';
import type { EntityType } from '../knowledge/types';

export interface SourceLocation {
  doc: string;
  start: number;
  end: number;
}

/** A clipping as the page or popup sends it; the background adds id, time and entities. */
export interface ClippingDraft {
  kind: ClippingKind;
  url: string;
  title: string;
  text: string;
  note: string;
  tags: string[];
  anchor: Anchor | null;
  article: ArticleInfo | null;
  /** For a card's "Save": the entity the card is about. */
  entityId?: string;
  /**
   * Chosen by the sender, so that a save retried after the background was stopped
   * mid-reply writes the same record again instead of a second one.
   */
  id?: string;
}

/** Expected failures come back as values, not exceptions, with a message for the reader. */
export type SaveResult = { ok: true; clipping: Clipping } | { ok: false; error: string };

/** What the content script knows of the current selection. */
export interface PageSelection {
  text: string;
  anchor: Anchor | null;
  url: string;
  title: string;
}

/** A clipping saved from the page that asks, for highlighting it again. */
export interface PageClipping {
  id: string;
  text: string;
  anchor: Anchor | null;
}

/** How often a page mentions an entity. */
export interface EntityCount {
  id: string;
  count: number;
}

/** An entity a page mentions, named for the reader. */
export interface PageEntity extends EntityCount {
  name: string;
  type: EntityType;
}

export interface Protocol {
  /** Saves a clipping; answers only after the write has committed. */
  'clipping.save': { request: ClippingDraft; response: SaveResult };
  /** The card for an entity, or null if the id is unknown. */
  'card.get': { request: { id: string }; response: CardData | null };
  /**
   * The clippings saved from the sender's page (its URL, normalised). `url` is where the page
   * is now: a single-page site changes it without loading a page, and the browser keeps
   * reporting the first one. It is honoured only on the sender's own origin, where
   * history.pushState keeps a page, so a page never gets another site's clippings.
   */
  'clippings.forPage': { request: { url: string }; response: { clippings: PageClipping[] } };
  /** Opens the knowledge explorer, at an entity if given. */
  'explorer.open': { request: { id?: string }; response: { opened: boolean } };
  /** Opens the options page (the reader's clippings). */
  'options.open': { request: Record<string, never>; response: { opened: boolean } };
  /** Opens the source reader on a corpus passage in a new tab. */
  'source.open': { request: SourceLocation; response: { opened: boolean } };
}

/** Messages the background sends to a tab's content script. */
export interface TabProtocol {
  /** Open the card for the mention at the selection (or the first one in view). */
  'card.showAtSelection': { request: Record<string, never>; response: { shown: boolean } };
  /** The selected text and its anchor, or null when nothing is selected. */
  'page.selection': { request: Record<string, never>; response: PageSelection | null };
  /** The page's HTML, for saving the article (parsed in the popup, never on the live page). */
  'page.snapshot': { request: Record<string, never>; response: { html: string; url: string; title: string } };
  /** The entities mentioned on the page, with counts, and whether annotation is on here. */
  'page.entities': { request: Record<string, never>; response: { entities: EntityCount[]; site: string; annotating: boolean } };
  /** Scroll to the first mention of an entity. */
  'page.reveal': { request: { id: string }; response: { found: boolean } };
  /** The clippings of this page, and whether each was found on it again. */
  'page.clippings': { request: Record<string, never>; response: { clippings: { id: string; text: string; found: boolean }[] } };
  /** Tell the reader how a save from the menu or a shortcut went. */
  'page.notify': { request: { message: string; ok: boolean }; response: { shown: boolean } };
}

export type TabMessageName = keyof TabProtocol;

export type MessageName = keyof Protocol;
export type Request<K extends MessageName> = Protocol[K]['request'];
export type Response<K extends MessageName> = Protocol[K]['response'];

/** The envelope every message travels in. */
export interface Envelope<K extends string = string> {
  type: K;
  data: unknown;
}
