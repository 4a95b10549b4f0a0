/** The clippings store on fake-indexeddb: operations, upgrades, versionchange. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openClippingsDB } from '../../clippings/schema';
import { filterClippings, searchable } from '../../clippings/search';
import { ClippingStore } from '../../clippings/store';
import type { Clipping } from '../../clippings/types';
import { clipping } from './helpers';

let n = 0;
const freshName = () => `test-db-${++n}-${Math.random()}`;

async function store(name = freshName()): Promise<ClippingStore> {
  return new ClippingStore(await openClippingsDB(name));
}

describe('ClippingStore', () => {
  it('puts, gets, updates and deletes', async () => {
    const s = await store();
    const c = clipping();
    await s.put(c);
    expect(await s.get(c.id)).toEqual(c);
    const edited = await s.update(c.id, { note: 'key quote', tags: ['purchases'] });
    expect(edited.note).toBe('key quote');
    expect((await s.get(c.id))!.tags).toEqual(['purchases']);
    expect(await s.delete(c.id)).toEqual(edited);
    expect(await s.get(c.id)).toBeUndefined();
  });

  it('refuses to update a clipping that is gone, and changes nothing', async () => {
    const s = await store();
    await expect(s.update('missing', { note: 'x' })).rejects.toThrow('no longer exists');
    expect(await s.count()).toBe(0);
  });

  it('lists newest first and finds by URL', async () => {
    const s = await store();
    await s.put(clipping({ id: 'old', created: 1000 }));
    await s.put(clipping({ id: 'new', created: 3000, url: 'https://b.example/x' }));
    await s.put(clipping({ id: 'mid', created: 2000 }));
    expect((await s.all()).map((c) => c.id)).toEqual(['new', 'mid', 'old']);
    expect((await s.byUrl('https://b.example/x')).map((c) => c.id)).toEqual(['new']);
  });

  it('writes a batch whole or not at all', async () => {
    const s = await store();
    await s.put(clipping({ id: 'kept' }));
    const bad = { ...clipping({ id: 'bad' }), created: undefined } as unknown as Clipping;
    // An object the store cannot index (no key) makes the batch fail: nothing from it stays.
    const noKey = { ...clipping(), id: undefined } as unknown as Clipping;
    await expect(s.putAll([clipping({ id: 'a' }), bad, noKey])).rejects.toBeTruthy();
    expect((await s.all()).map((c) => c.id)).toEqual(['kept']);
  });

  it('keeps every record when an existing database is opened again', async () => {
    const name = freshName();
    const first = await store(name);
    for (let i = 0; i < 50; i++) await first.put(clipping({ id: `c${i}`, created: i }));
    const again = await store(name);
    expect(await again.count()).toBe(50);
  });

  it('upgrades a version-1 database created by an earlier build, records intact', async () => {
    const name = freshName();
    // Version 1 as it was first shipped, written with the raw IndexedDB API.
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => {
        const st = req.result.createObjectStore('clippings', { keyPath: 'id' });
        st.createIndex('by-created', 'created');
        st.createIndex('by-url', 'url');
        st.createIndex('by-entity', 'entityIds', { multiEntry: true });
        st.createIndex('by-tag', 'tags', { multiEntry: true });
        st.put(clipping({ id: 'from-v1', created: 5 }));
      };
      req.onsuccess = () => (req.result.close(), resolve());
      req.onerror = () => reject(req.error);
    });
    const s = await store(name);
    expect(DB_VERSION).toBeGreaterThanOrEqual(1);
    expect((await s.get('from-v1'))?.created).toBe(5);
  });

  it('steps aside when a newer version wants the database, so upgrades never hang', async () => {
    const name = freshName();
    let gone = false;
    await openClippingsDB(name, () => (gone = true));
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, DB_VERSION + 1);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error('blocked'));
    });
    expect(gone).toBe(true);
    newer.close();
  });
});

describe('search and filters', () => {
  const items = [
    clipping({ id: 'a', text: 'Tariffs on Chinese EVs', tags: ['ev'], entityIds: ['ev-tariffs-2024'], url: 'https://www.ft.com/x', created: 100 }),
    clipping({ id: 'b', text: 'Xi Jinping met Biden', note: 'Woodside', entityIds: ['xi-jinping', 'joe-biden'], url: 'https://apnews.com/y', created: 200 }),
    clipping({ id: 'c', title: 'Musk in Beijing', text: 'Elon Musk met Li Qiang', tags: ['musk'], entityIds: ['elon-musk', 'li-qiang'], url: 'https://ft.com/z', created: 300 }),
  ].map(searchable);
  const ids = (f: Parameters<typeof filterClippings>[1]) => filterClippings(items, f).map((c) => c.id);

  it('searches text, note, title and tags, every word, any case', () => {
    expect(ids({ query: 'woodside' })).toEqual(['b']);
    expect(ids({ query: 'BEIJING musk' })).toEqual(['c']);
    expect(ids({ query: 'ev' })).toEqual(['a']);
    expect(ids({ query: 'nothing-like-this' })).toEqual([]);
  });

  it('filters by entity, tag, site and date range', () => {
    expect(ids({ entityId: 'li-qiang' })).toEqual(['c']);
    expect(ids({ tag: 'ev' })).toEqual(['a']);
    expect(ids({ site: 'ft.com' })).toEqual(['a', 'c']);
    expect(ids({ from: 150, to: 250 })).toEqual(['b']);
  });
});
