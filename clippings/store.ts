/**
 * The clippings store: every read and write of saved clippings. A write resolves only
 * after its transaction has committed (durability 'strict'), so "Saved" is never a lie.
 * Given the page list, it keeps it up to date after each committed write.
 */
import type { PageIndex } from './page-index';
import type { ClippingsDB } from './schema';
import type { Clipping } from './types';

/** What the options page filters by. Every field is optional; text search is case-insensitive. */
export interface ClippingFilter {
  query?: string;
  entityId?: string;
  tag?: string;
  site?: string;
  /** Inclusive bounds on `created`, in ms. */
  from?: number;
  to?: number;
}

export class ClippingStore {
  constructor(
    private db: ClippingsDB,
    private pages?: PageIndex,
  ) {}

  async put(clipping: Clipping): Promise<void> {
    const tx = this.db.transaction('clippings', 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.put(clipping), tx.done]);
    await this.pages?.list([clipping.url]);
  }

  async get(id: string): Promise<Clipping | undefined> {
    return this.db.get('clippings', id);
  }

  async update(id: string, change: Pick<Partial<Clipping>, 'note' | 'tags'>): Promise<Clipping> {
    const tx = this.db.transaction('clippings', 'readwrite', { durability: 'strict' });
    const current = await tx.store.get(id);
    if (!current) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new Error('That clipping no longer exists.');
    }
    const next = { ...current, ...change };
    await Promise.all([tx.store.put(next), tx.done]);
    return next;
  }

  /** Deletes and returns the clipping, so that the caller can offer undo. */
  async delete(id: string): Promise<Clipping | undefined> {
    const tx = this.db.transaction('clippings', 'readwrite', { durability: 'strict' });
    const current = await tx.store.get(id);
    if (current) await tx.store.delete(id);
    await tx.done;
    if (current) await this.pages?.unlistIfEmpty(current.url, () => this.db.countFromIndex('clippings', 'by-url', current.url));
    return current;
  }

  /** Newest first. */
  async all(): Promise<Clipping[]> {
    const list = await this.db.getAllFromIndex('clippings', 'by-created');
    return list.reverse();
  }

  async byUrl(url: string): Promise<Clipping[]> {
    return this.db.getAllFromIndex('clippings', 'by-url', url);
  }

  async count(): Promise<number> {
    return this.db.count('clippings');
  }

  /** Writes all records in one transaction: all of them, or (on any failure) none. */
  async putAll(records: readonly Clipping[]): Promise<void> {
    const tx = this.db.transaction('clippings', 'readwrite', { durability: 'strict' });
    try {
      for (const r of records) void tx.store.put(r).catch(() => undefined);
    } catch (err) {
      // A record the store cannot take throws at once: undo the batch's earlier puts too.
      tx.abort();
      await tx.done.catch(() => undefined);
      throw err;
    }
    await tx.done;
    await this.pages?.list(records.map((r) => r.url));
  }

  /** Every page URL with at least one clipping, each once. */
  async urls(): Promise<Set<string>> {
    const found = new Set<string>();
    const index = this.db.transaction('clippings').store.index('by-url');
    for (let c = await index.openKeyCursor(null, 'nextunique'); c; c = await c.continue()) found.add(c.key);
    return found;
  }

  async existingIds(ids: readonly string[]): Promise<Set<string>> {
    const tx = this.db.transaction('clippings', 'readonly');
    const found = await Promise.all(ids.map((id) => tx.store.getKey(id)));
    await tx.done;
    return new Set(found.filter((k): k is string => k !== undefined));
  }
}
