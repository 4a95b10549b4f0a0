/**
 * Note, tags and the two save actions. "Saved" appears only when the background says
 * the write committed; on failure the message shows and what the reader typed stays.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { SaveResult } from '../messaging/protocol';

export function parseTags(raw: string): string[] {
  return [...new Set(raw.split(',').map((t) => t.trim()).filter(Boolean))];
}

interface Props {
  saveSelection(note: string, tags: string[]): Promise<SaveResult>;
  saveArticle(note: string, tags: string[]): Promise<SaveResult>;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'saved'; what: string } | { kind: 'error'; message: string };

export function SaveForm({ saveSelection, saveArticle }: Props): JSX.Element {
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const run = async (what: string, action: Props['saveSelection']) => {
    setStatus({ kind: 'busy' });
    const result = await action(note, parseTags(tags)).catch((e: unknown) => ({ ok: false as const, error: String(e) }));
    if (result.ok) {
      setStatus({ kind: 'saved', what });
      setNote('');
      setTags('');
    } else setStatus({ kind: 'error', message: result.error });
  };
  const busy = status.kind === 'busy';
  return (
    <div class="stack">
      <label class="stack">
        <span>Note (optional)</span>
        <textarea rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label class="stack">
        <span>Tags, separated by commas (optional)</span>
        <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <div class="row">
        <button type="button" class="primary" disabled={busy} onClick={() => void run('Selection', saveSelection)}>
          Save selection
        </button>
        <button type="button" disabled={busy} onClick={() => void run('Article', saveArticle)}>
          Save article
        </button>
      </div>
      <p role="status" class={status.kind === 'error' ? 'error' : 'ok'} style="min-height:1.4em;margin:0">
        {status.kind === 'busy' ? 'Saving…' : status.kind === 'saved' ? `${status.what} saved.` : status.kind === 'error' ? status.message : ''}
      </p>
    </div>
  );
}
