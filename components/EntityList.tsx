/** The entities a page mentions, most mentioned first; choosing one shows its first mention. */
import type { JSX } from 'preact';
import type { PageEntity } from '../messaging/protocol';
import { TYPE_LABELS } from './typeLabels';

export function EntityList({ entities, onChoose }: { entities: readonly PageEntity[]; onChoose(id: string): void }): JSX.Element {
  if (!entities.length) return <p class="muted">No curated names found here.</p>;
  return (
    <ul class="entity-list" style="list-style:none;margin:0;padding:0;max-height:220px;overflow:auto">
      {entities.map((e) => (
        <li key={e.id}>
          <button type="button" class="link" onClick={() => onChoose(e.id)} title={`Show the first mention of ${e.name}`}>
            {e.name}
          </button>{' '}
          <span class="muted">
            · {TYPE_LABELS[e.type]} · {e.count}×
          </span>
        </li>
      ))}
    </ul>
  );
}
