/** "At a glance": for names that appear together on the page, the sources that connect them. */
import type { JSX } from 'preact';
import type { Connection } from '../knowledge/connections';

export function Connections({ items, onRead }: { items: readonly Connection[]; onRead(c: Connection): void }): JSX.Element {
  if (!items.length) return <p class="muted">No source passage connects the names on this page.</p>;
  return (
    <ul class="connections" style="list-style:none;margin:0;padding:0">
      {items.map((c) => (
        <li key={`${c.a.id}+${c.b.id}`} style="margin:0 0 10px">
          <strong>
            {c.a.name} + {c.b.name}
          </strong>
          <blockquote style="margin:4px 0;padding-left:8px;border-left:3px solid var(--line);font-size:13px">{c.text}</blockquote>
          <button type="button" class="link" onClick={() => onRead(c)}>
            {c.title}
          </button>{' '}
          <span class="muted">· {c.source}</span>
        </li>
      ))}
    </ul>
  );
}
