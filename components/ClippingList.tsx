/**
 * The clippings, newest first. Renders a page at a time so 10,000 clippings open as
 * fast as 100: the rest are one "Show more" away.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Clipping } from '../clippings/types';
import { ClippingItem } from './ClippingItem';

export const PAGE_SIZE = 100;

interface Props {
  clippings: readonly Clipping[];
  entityName(id: string): string;
  onEdit(id: string, change: { note: string; tags: string[] }): Promise<void>;
  onDelete(id: string): Promise<void>;
}

export function ClippingList({ clippings, entityName, onEdit, onDelete }: Props): JSX.Element {
  const [limit, setLimit] = useState(PAGE_SIZE);
  useEffect(() => setLimit(PAGE_SIZE), [clippings]);
  if (!clippings.length) return <p class="muted">No clippings here yet. Save a selection or an article from the toolbar button, a card, or the context menu.</p>;
  return (
    <>
      <ul class="clippings" aria-label="Clippings">
        {clippings.slice(0, limit).map((c) => (
          <ClippingItem key={c.id} clipping={c} entityName={entityName} onEdit={onEdit} onDelete={onDelete} />
        ))}
      </ul>
      {clippings.length > limit ? (
        <button type="button" onClick={() => setLimit(limit + PAGE_SIZE)}>
          Show more ({clippings.length - limit} left)
        </button>
      ) : null}
    </>
  );
}
