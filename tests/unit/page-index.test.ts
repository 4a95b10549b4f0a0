/** The list of clipped pages: kept by the store's writes, rebuilt from the database, never missing a page. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { type KeyValueArea, PageIndex, READY_KEY } from '../../clippings/page-index';
import { openClippingsDB } from '../../clippings/schema';
import { ClippingStore } from '../../clippings/store';
import { normalizeUrl } from '../../clippings/url';
import { clipping } from './helpers';

/** storage.local as a map, with a switch that makes writes fail as a full disk would. */
class MemoryArea implements KeyValueArea {
  items = new Map<string, unknown>();
  full = false;
  async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys === null ? [...this.items.keys()] : typeof keys === 'string' ? [keys] : keys;
    return Object.fromEntries(wanted.filter((k) => this.items.has(k)).map((k) => [k, this.items.get(k)]));
  }
  async set(items: Record<string, unknown>): Promise<void> {
    if (this.full) throw new Error('QUOTA_BYTES quota exceeded');
    for (const [k, v] of Object.entries(items)) this.items.set(k, v);
  }
  async remove(keys: string | string[]): Promise<void> {
    for (const k of typeof keys === 'string' ? [keys] : keys) this.items.delete(k);
  }
}

const A = 'https://news.example/trade/talks';
const B = 'https://other.example/story';

async function setup() {
  const area = new MemoryArea();
  const pages = new PageIndex(area);
  const store = new ClippingStore(await openClippingsDB(`pages-${Math.random()}`), pages);
  await pages.rebuild(() => store.urls());
  return { area, pages, store };
}

describe('PageIndex', () => {
  it('lets every page ask until the list has been built', async () => {
    const pages = new PageIndex(new MemoryArea());
    expect(await pages.mayHaveClippings(A)).toBe(true);
  });

  it('lists a page once a clipping from it is saved, in any form of its URL', async () => {
    const { pages, store } = await setup();
    expect(await pages.mayHaveClippings(A)).toBe(false);
    await store.put(clipping({ id: 'a', url: A }));
    expect(await pages.mayHaveClippings(`${A}?utm_source=newsletter#comments`)).toBe(true);
    expect(await pages.mayHaveClippings(B)).toBe(false);
  });

  it('finds a page whatever form of its URL the clipping was saved from', async () => {
    const { pages, store } = await setup();
    const saved = ['https://a.example/p?id=1&utm_source=x#top', 'https://b.example/s?q=a b&fbclid=1', 'https://c.example/t?x=%41&y=1'];
    for (const [i, url] of saved.entries()) await store.put(clipping({ id: `c${i}`, url: normalizeUrl(url) }));
    expect(await pages.mayHaveClippings('https://a.example/p?utm_medium=email&id=1')).toBe(true);
    expect(await pages.mayHaveClippings('https://b.example/s?q=a%20b')).toBe(true);
    expect(await pages.mayHaveClippings('https://c.example/t?x=%41&y=1#comments')).toBe(true);
    expect(await pages.mayHaveClippings('https://a.example/p?id=2')).toBe(false);
  });

  it('keeps a page listed until its last clipping is deleted', async () => {
    const { pages, store } = await setup();
    await store.putAll([clipping({ id: 'a1', url: A }), clipping({ id: 'a2', url: A }), clipping({ id: 'b', url: B })]);
    expect(await pages.mayHaveClippings(B)).toBe(true);
    await store.delete('a1');
    expect(await pages.mayHaveClippings(A)).toBe(true);
    await store.delete('a2');
    expect(await pages.mayHaveClippings(A)).toBe(false);
    expect(await pages.mayHaveClippings(B)).toBe(true);
  });

  it('rebuilds from the database: adds what is missing, drops what is stale', async () => {
    const area = new MemoryArea();
    const db = await openClippingsDB(`pages-${Math.random()}`);
    // Written without the list, as by a version of Backgrounder that had none.
    await new ClippingStore(db).put(clipping({ id: 'a', url: A }));
    area.items.set('clippedPage:https://gone.example/', true);
    area.items.set('settings', { keep: 'me' });
    const pages = new PageIndex(area);
    await pages.rebuild(() => new ClippingStore(db).urls());
    expect(await pages.mayHaveClippings(A)).toBe(true);
    expect(await pages.mayHaveClippings('https://gone.example/')).toBe(false);
    expect(area.items.get('settings')).toEqual({ keep: 'me' });
  });

  it('keeps a page that a save lists while the list is being rebuilt', async () => {
    const { area, pages, store } = await setup();
    await pages.rebuild(async () => {
      const urls = await store.urls();
      // A save from another page commits after the database was read.
      await store.put(clipping({ id: 'late', url: B }));
      return urls;
    });
    expect(area.items.get(READY_KEY)).toBe(true);
    expect(await pages.mayHaveClippings(B)).toBe(true);
  });

  it('distrusts the whole list when a page cannot be listed, so no clipping goes unshown', async () => {
    const { area, pages, store } = await setup();
    area.full = true;
    await store.put(clipping({ id: 'a', url: A }));
    expect(await store.get('a')).toBeTruthy();
    expect(await pages.mayHaveClippings(A)).toBe(true);
    expect(await pages.mayHaveClippings(B)).toBe(true);
  });
});
