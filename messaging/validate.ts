/**
 * Run-time shape checks for every request. A message that does not fit is refused
 * before any handler sees it: pages and other extensions can send anything.
 */
import { checkAnchor, checkArticle } from '../clippings/transfer';
import type { ClippingDraft, MessageName, Request, TabMessageName, TabProtocol } from './protocol';

type Guard<T> = (data: unknown) => data is T;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isId(x: unknown): x is string {
  return typeof x === 'string' && x.length > 0 && x.length <= 80 && /^[a-z0-9-]+$/.test(x);
}

function isOffset(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < 10_000_000;
}

/** Limits on what a page may ask us to store: generous for articles, finite for hostile pages. */
export const DRAFT_LIMITS = { text: 2_000_000, note: 20_000, title: 2_000, url: 8_000, tags: 50, tag: 64, html: 5_000_000 } as const;

/** A page's http(s) address, of a length we accept. */
function isPageUrl(x: unknown): x is string {
  return typeof x === 'string' && x.length <= DRAFT_LIMITS.url && /^https?:\/\//i.test(x);
}

function isDraft(d: unknown): d is ClippingDraft {
  if (!isRecord(d)) return false;
  const L = DRAFT_LIMITS;
  const str = (x: unknown, max: number) => typeof x === 'string' && x.length <= max;
  if (!['selection', 'article', 'card'].includes(d.kind as string)) return false;
  if (!isPageUrl(d.url)) return false;
  if (!str(d.title, L.title) || !str(d.text, L.text) || !(d.text as string).trim() || !str(d.note, L.note)) return false;
  if (!Array.isArray(d.tags) || d.tags.length > L.tags || !d.tags.every((t) => str(t, L.tag))) return false;
  if (d.entityId !== undefined && !isId(d.entityId)) return false;
  if (d.id !== undefined && !(typeof d.id === 'string' && /^[0-9a-f-]{36}$/.test(d.id))) return false;
  if (checkAnchor(d.anchor) !== null) return false;
  if (d.article !== null && (checkArticle(d.article) !== null || !str((d.article as { html: unknown }).html, L.html))) return false;
  return true;
}

export const requestGuards: { [K in MessageName]: Guard<Request<K>> } = {
  'clipping.save': isDraft,
  'clippings.forPage': (d): d is Request<'clippings.forPage'> => isRecord(d) && isPageUrl(d.url),
  'explorer.open': (d): d is { id?: string } => isRecord(d) && (d.id === undefined || isId(d.id)),
  'options.open': (d): d is Record<string, never> => isRecord(d) && Object.keys(d).length === 0,
  'card.get': (d): d is Request<'card.get'> => isRecord(d) && isId(d.id),
  'source.open': (d): d is Request<'source.open'> =>
    isRecord(d) && typeof d.doc === 'string' && /^\d{3}$/.test(d.doc) && isOffset(d.start) && isOffset(d.end) && d.start <= d.end,
};

export function isEnvelope(x: unknown): x is { type: string; data: unknown } {
  return isRecord(x) && typeof x.type === 'string';
}

type TabGuard<K extends TabMessageName> = (data: unknown) => data is TabProtocol[K]['request'];
const empty = (d: unknown): d is Record<string, never> => isRecord(d);

/** Shape checks for messages the content script accepts (from this extension only). */
export const tabGuards: { [K in TabMessageName]: TabGuard<K> } = {
  'card.showAtSelection': empty,
  'page.selection': empty,
  'page.snapshot': empty,
  'page.entities': empty,
  'page.clippings': empty,
  'page.reveal': (d): d is { id: string } => isRecord(d) && isId(d.id),
  'page.notify': (d): d is { message: string; ok: boolean } => isRecord(d) && typeof d.message === 'string' && d.message.length <= 500 && typeof d.ok === 'boolean',
};
