/** The options page: review, search, edit, export and import clippings; settings. */
import type { JSX } from 'preact';
import { browser } from 'wxt/browser';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ClippingFilters } from '../../components/ClippingFilters';
import { ClippingList } from '../../components/ClippingList';
import { ImportExport } from '../../components/ImportExport';
import { SettingsPanel } from '../../components/SettingsPanel';
import { UndoBar } from '../../components/UndoBar';
import { describeStorageError } from '../../clippings/errors';
import { PageIndex } from '../../clippings/page-index';
import { openClippingsDB } from '../../clippings/schema';
import { type Searchable, filterClippings, searchable } from '../../clippings/search';
import { ClippingStore, type ClippingFilter } from '../../clippings/store';
import type { Clipping } from '../../clippings/types';
import { knowledge } from '../../knowledge/shipped';

const names = new Map(knowledge.entities.map((e) => [e.id, e.name]));
export const entityName = (id: string): string => names.get(id) ?? id;

export function App(): JSX.Element {
  const [store, setStore] = useState<ClippingStore | null>(null);
  const [items, setItems] = useState<Searchable[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState<ClippingFilter>({});
  const [undo, setUndo] = useState<Clipping | null>(null);

  const reload = async (s: ClippingStore) => setItems((await s.all()).map(searchable));
  useEffect(() => {
    openClippingsDB()
      .then(async (db) => {
        const s = new ClippingStore(db, new PageIndex(browser.storage.local));
        setStore(s);
        await reload(s);
      })
      .catch((e: unknown) => setError(describeStorageError(e)));
  }, []);

  // When the filter changed, so that the time to filter and render can be measured.
  const filteredAt = useRef<number | null>(null);
  const changeFilter = (f: ClippingFilter) => {
    filteredAt.current = performance.now();
    setFilter(f);
  };
  const shown = useMemo(() => (items ? filterClippings(items, filter) : []), [items, filter]);
  // Measures anyone can read in DevTools (and npm run bench:clippings does):
  // 'clippings-listed' when the list first shows, 'clippings-search' per filter change.
  useLayoutEffect(() => {
    if (!items) return;
    if (filteredAt.current === null) {
      if (!performance.getEntriesByName('clippings-listed').length) performance.mark('clippings-listed', { detail: { count: items.length } });
      return;
    }
    performance.measure('clippings-search', { start: filteredAt.current, end: performance.now(), detail: { shown: shown.length } });
    filteredAt.current = null;
  }, [shown]);
  if (error) return <main><h1>Your clippings</h1><p class="error" role="alert">{error}</p></main>;
  if (!store || !items) return <main><p class="muted">Opening your clippings…</p></main>;

  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      await reload(store);
    } catch (e) {
      setError(describeStorageError(e));
    }
  };
  return (
    <main>
      <header class="top">
        <h1>Your clippings</h1>
        <a href="explorer.html">Knowledge explorer</a>
        <span class="muted" aria-live="polite">
          {shown.length === items.length ? `${items.length} clippings` : `${shown.length} of ${items.length} clippings`}
        </span>
      </header>
      <ClippingFilters items={items} filter={filter} onChange={changeFilter} entityName={entityName} />
      <ImportExport store={store} all={items.map((i) => i.clipping)} filtered={shown} entityName={entityName} onImported={() => void reload(store)} />
      <ClippingList
        clippings={shown}
        entityName={entityName}
        onEdit={(id, change) => act(() => store.update(id, change))}
        onDelete={(id) =>
          act(async () => {
            const gone = await store.delete(id);
            if (gone) setUndo(gone);
          })
        }
      />
      <SettingsPanel />
      {undo ? <UndoBar clipping={undo} onUndo={() => void act(() => store.put(undo)).then(() => setUndo(null))} onDone={() => setUndo(null)} /> : null}
    </main>
  );
}
