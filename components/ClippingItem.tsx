/** One clipping: its text and source, entities and tags, with edit, delete and open. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Clipping } from '../clippings/types';
import { ArticleView } from './ArticleView';
import { parseTags } from './SaveForm';

interface Props {
  clipping: Clipping;
  entityName(id: string): string;
  onEdit(id: string, change: { note: string; tags: string[] }): Promise<void>;
  onDelete(id: string): Promise<void>;
}

/** Long texts are cut in the list; the whole text is one click away. */
const PREVIEW_CHARS = 600;

function Editor({ clipping, onSave, onCancel }: { clipping: Clipping; onSave(note: string, tags: string[]): void; onCancel(): void }): JSX.Element {
  const [note, setNote] = useState(clipping.note);
  const [tags, setTags] = useState(clipping.tags.join(', '));
  return (
    <form class="stack" onSubmit={(e) => (e.preventDefault(), onSave(note, parseTags(tags)))}>
      <label class="stack">
        <span>Note</span>
        <textarea rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label class="stack">
        <span>Tags, separated by commas</span>
        <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <div class="row">
        <button type="submit" class="primary">
          Save changes
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function ClippingItem({ clipping: c, entityName, onEdit, onDelete }: Props): JSX.Element {
  const [editing, setEditing] = useState(false);
  const [whole, setWhole] = useState(false);
  const long = c.text.length > PREVIEW_CHARS;
  return (
    <li class="clipping" data-id={c.id}>
      <h2 class="clipping-title">
        <a href={c.url} target="_blank" rel="noopener noreferrer">
          {c.title || c.url}
        </a>
      </h2>
      <div class="meta">
        {c.kind === 'article' ? 'Article' : c.kind === 'card' ? 'From a card' : 'Selection'} · <time dateTime={new Date(c.created).toISOString()}>{new Date(c.created).toLocaleString()}</time>
        {c.article?.byline ? ` · ${c.article.byline}` : ''}
      </div>
      <blockquote>{whole || !long ? c.text : `${c.text.slice(0, PREVIEW_CHARS)}…`}</blockquote>
      {long ? (
        <button type="button" class="link" onClick={() => setWhole(!whole)}>
          {whole ? 'Show less' : 'Show all'}
        </button>
      ) : null}
      {c.article?.html ? <ArticleView html={c.article.html} /> : null}
      {c.entityIds.length ? (
        <ul class="chips" aria-label="Mentions">
          {c.entityIds.map((id) => (
            <li key={id}>{entityName(id)}</li>
          ))}
        </ul>
      ) : null}
      {editing ? (
        <Editor clipping={c} onCancel={() => setEditing(false)} onSave={(note, tags) => void onEdit(c.id, { note, tags }).then(() => setEditing(false))} />
      ) : (
        <>
          {c.note ? <p class="note">{c.note}</p> : null}
          {c.tags.length ? (
            <ul class="chips" aria-label="Tags">
              {c.tags.map((t) => (
                <li key={t}>#{t}</li>
              ))}
            </ul>
          ) : null}
          <div class="row" style="margin-top:8px">
            <button type="button" onClick={() => setEditing(true)}>
              Edit note and tags
            </button>
            <button type="button" onClick={() => void onDelete(c.id)}>
              Delete
            </button>
          </div>
        </>
      )}
    </li>
  );
}
