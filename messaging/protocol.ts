/**
 * The one message contract between the content script, the extension pages and the
 * background: each message name with its request and response. Both sides are
 * checked against it, and the background checks every request's shape at run time.
 */
import type { CardData } from '../knowledge/cards';

export interface SourceLocation {
  doc: string;
  start: number;
  end: number;
}

export interface Protocol {
  /** The card for an entity, or null if the id is unknown. */
  'card.get': { request: { id: string }; response: CardData | null };
  /** Opens the source reader on a corpus passage in a new tab. */
  'source.open': { request: SourceLocation; response: { opened: boolean } };
}

/** Messages the background sends to a tab's content script. */
export interface TabProtocol {
  /** Open the card for the mention at the selection (or the first one in view). */
  'card.showAtSelection': { request: Record<string, never>; response: { shown: boolean } };
}

export type MessageName = keyof Protocol;
export type Request<K extends MessageName> = Protocol[K]['request'];
export type Response<K extends MessageName> = Protocol[K]['response'];

/** The envelope every message travels in. */
export interface Envelope<K extends string = string> {
  type: K;
  data: unknown;
}
