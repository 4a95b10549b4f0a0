/** Search and filters for the clippings list. */
import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Searchable } from '../clippings/search';
import type { ClippingFilter } from '../clippings/store';

interface Props {
  items: readonly Searchable[];
  filter: ClippingFilter;
  onChange(f: ClippingFilter): void;
  entityName(id: string): string;
}

function dayStart(value: string): number | undefined {
  return value ? new Date(`${value}T00:00:00`).getTime() : undefined;
}
function dayEnd(value: string): number | undefined {
  return value ? new Date(`${value}T23:59:59.999`).getTime() : undefined;
}
function isoDay(ms: number | undefined): string {
  if (ms === undefined) return '';
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function options(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b));
}

export function ClippingFilters({ items, filter, onChange, entityName }: Props): JSX.Element {
  const choices = useMemo(
    () => ({
      entities: options(items.flatMap((i) => i.clipping.entityIds)),
      tags: options(items.flatMap((i) => i.clipping.tags)),
      sites: options(items.map((i) => i.site).filter(Boolean)),
    }),
    [items],
  );
  const set = (patch: Partial<ClippingFilter>) => onChange({ ...filter, ...patch });
  return (
    <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <input type="search" aria-label="Search clippings" placeholder="Search text, notes, titles and tags" value={filter.query ?? ''} onInput={(e) => set({ query: e.currentTarget.value })} />
      <select aria-label="Filter by entity" value={filter.entityId ?? ''} onChange={(e) => set({ entityId: e.currentTarget.value || undefined })}>
        <option value="">Any entity</option>
        {choices.entities.map((id) => (
          <option key={id} value={id}>
            {entityName(id)}
          </option>
        ))}
      </select>
      <select aria-label="Filter by tag" value={filter.tag ?? ''} onChange={(e) => set({ tag: e.currentTarget.value || undefined })}>
        <option value="">Any tag</option>
        {choices.tags.map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </select>
      <select aria-label="Filter by site" value={filter.site ?? ''} onChange={(e) => set({ site: e.currentTarget.value || undefined })}>
        <option value="">Any site</option>
        {choices.sites.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <div class="dates">
        <label>
          From <input type="date" value={isoDay(filter.from)} onInput={(e) => set({ from: dayStart(e.currentTarget.value) })} />
        </label>
        <label>
          to <input type="date" value={isoDay(filter.to)} onInput={(e) => set({ to: dayEnd(e.currentTarget.value) })} />
        </label>
        <button type="button" onClick={() => onChange({})}>
          Clear filters
        </button>
      </div>
    </form>
  );
}
