/**
 * Searching and filtering loaded clippings in memory. With 10,000 clippings a linear pass
 * over precomputed lower-case text takes a few milliseconds; no index to keep in sync.
 */
import type { ClippingFilter } from './store';
import type { Clipping } from './types';
import { siteOf } from './url';

export interface Searchable {
  clipping: Clipping;
  /** Lower-cased text, note, title and tags, joined: what a query is looked for in. */
  haystack: string;
  site: string;
}

export function searchable(clipping: Clipping): Searchable {
  const haystack = [clipping.title, clipping.text, clipping.note, clipping.tags.join(' ')].join('\n').toLowerCase();
  return { clipping, haystack, site: siteOf(clipping.url) };
}

/** Clippings matching every given filter; every word of the query must occur. */
export function filterClippings(items: readonly Searchable[], f: ClippingFilter): Clipping[] {
  const words = (f.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const out: Clipping[] = [];
  for (const it of items) {
    const c = it.clipping;
    if (f.entityId && !c.entityIds.includes(f.entityId)) continue;
    if (f.tag && !c.tags.includes(f.tag)) continue;
    if (f.site && it.site !== f.site) continue;
    if (f.from !== undefined && c.created < f.from) continue;
    if (f.to !== undefined && c.created > f.to) continue;
    if (words.length && !words.every((w) => it.haystack.includes(w))) continue;
    out.push(c);
  }
  return out;
}
