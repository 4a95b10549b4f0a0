/**
 * The knowledge explorer: every entity by type with search; for the chosen one, its card
 * and every corpus passage that mentions it, a timeline of dated events, and a map of
 * how entities relate that the reader can walk. The chosen entity lives in the URL hash.
 */
import type { JSX } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CompiledKnowledge } from '../knowledge/compiled';
import { ENTITY_TYPES } from '../knowledge/types';
import { EntityView } from './EntityView';
import { RelationMap } from './RelationMap';
import { Timeline } from './Timeline';
import { TYPE_LABELS } from './typeLabels';

function useHash(): [string, (id: string) => void] {
  const read = () => decodeURIComponent(location.hash.slice(1));
  const [hash, setHash] = useState(read);
  useEffect(() => {
    const on = () => setHash(read());
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return [hash, (id) => (location.hash = encodeURIComponent(id))];
}

export function Explorer({ knowledge }: { knowledge: CompiledKnowledge }): JSX.Element {
  const [query, setQuery] = useState('');
  const [hash, go] = useHash();
  const chosen = knowledge.entities.find((e) => e.id === hash) ?? null;
  const groups = useMemo(() => {
    const q = query.trim().toLowerCase();
    const hit = knowledge.entities.filter((e) => !q || e.name.toLowerCase().includes(q) || e.summary.toLowerCase().includes(q));
    return ENTITY_TYPES.map((t) => ({ type: t, items: hit.filter((e) => e.type === t).sort((a, b) => a.name.localeCompare(b.name)) })).filter((g) => g.items.length);
  }, [query, knowledge]);
  useEffect(() => {
    document.title = `${chosen ? `${chosen.name} – ` : ''}Knowledge explorer – Backgrounder`;
  }, [chosen]);
  return (
    <div class="explorer">
      <nav aria-label="Entities">
        <h1>Knowledge explorer</h1>
        <input type="search" aria-label="Search entities" placeholder="Search names and summaries" value={query} onInput={(e) => setQuery(e.currentTarget.value)} style="width:100%;margin:8px 0" />
        {groups.map((g) => (
          <section key={g.type} aria-label={TYPE_LABELS[g.type]}>
            <h2>{TYPE_LABELS[g.type]}</h2>
            <ul>
              {g.items.map((e) => (
                <li key={e.id}>
                  <button type="button" aria-current={e.id === hash ? 'true' : undefined} onClick={() => go(e.id)}>
                    {e.name}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
        {groups.length ? null : <p class="muted">No entity matches.</p>}
      </nav>
      <main>
        {chosen ? (
          <>
            <EntityView knowledge={knowledge} entity={chosen} onChoose={go} />
            <RelationMap knowledge={knowledge} center={chosen} onChoose={go} />
          </>
        ) : (
          <p class="muted">Choose an entity, or a point on the timeline, to see its background and every passage that mentions it.</p>
        )}
        <Timeline events={knowledge.timeline} onChoose={go} />
      </main>
    </div>
  );
}
