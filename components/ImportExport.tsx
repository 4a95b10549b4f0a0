/**
 * Export (JSON with a schema version, or Markdown; all or the filtered set) and import
 * (JSON, validated whole before anything is written; each rejected record is reported).
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { ClippingStore } from '../clippings/store';
import { exportJson, exportMarkdown, parseImport, type RecordError } from '../clippings/transfer';
import { exportWebAnnotations } from '../clippings/web-annotation';
import type { Clipping } from '../clippings/types';
import { describeStorageError } from '../clippings/errors';

interface Props {
  store: ClippingStore;
  all: readonly Clipping[];
  filtered: readonly Clipping[];
  entityName(id: string): string;
  onImported(): void;
}

function download(name: string, type: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

type Report = { ok: true; message: string } | { ok: false; message: string; records: RecordError[] };

export async function importFile(store: ClippingStore, text: string): Promise<Report> {
  const parsed = parseImport(text);
  if (!parsed.ok) return { ok: false, message: parsed.problem, records: parsed.records };
  try {
    const existing = await store.existingIds(parsed.clippings.map((c) => c.id));
    const fresh = parsed.clippings.filter((c) => !existing.has(c.id));
    await store.putAll(fresh);
    const skipped = parsed.clippings.length - fresh.length;
    return { ok: true, message: `Imported ${fresh.length} clipping${fresh.length === 1 ? '' : 's'}${skipped ? `; kept ${skipped} already here as they were` : ''}.` };
  } catch (e) {
    return { ok: false, message: `Nothing was imported: ${describeStorageError(e)}`, records: [] };
  }
}

export function ImportExport({ store, all, filtered, entityName, onImported }: Props): JSX.Element {
  const [report, setReport] = useState<Report | null>(null);
  const stamp = new Date().toISOString().slice(0, 10);
  const subset = filtered.length !== all.length;
  return (
    <details class="panel">
      <summary>Export and import</summary>
      <div class="stack">
        <div class="row">
          <button type="button" onClick={() => download(`backgrounder-${stamp}.json`, 'application/json', exportJson(all))}>
            Export all as JSON
          </button>
          <button type="button" onClick={() => download(`backgrounder-${stamp}.md`, 'text/markdown', exportMarkdown(all, entityName))}>
            Export all as Markdown
          </button>
          <button type="button" onClick={() => download(`backgrounder-${stamp}.jsonld`, 'application/ld+json', exportWebAnnotations(all))}>
            Export all as Web Annotations
          </button>
          {subset ? (
            <>
              <button type="button" onClick={() => download(`backgrounder-${stamp}-filtered.json`, 'application/json', exportJson(filtered))}>
                Export {filtered.length} shown as JSON
              </button>
              <button type="button" onClick={() => download(`backgrounder-${stamp}-filtered.md`, 'text/markdown', exportMarkdown(filtered, entityName))}>
                Export {filtered.length} shown as Markdown
              </button>
            </>
          ) : null}
        </div>
        <label class="row">
          Import a JSON export or Web Annotations:
          <input
            type="file"
            accept="application/json,application/ld+json,.json,.jsonld"
            onChange={async (e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (!file) return;
              const r = await importFile(store, await file.text());
              setReport(r);
              if (r.ok) onImported();
              // Cleared so that choosing the same file again imports (and reports) again.
              input.value = '';
            }}
          />
        </label>
        <p class="muted" style="margin:0">A clipping whose id is already here is kept as it is; the imported copy is skipped. A file imports whole or not at all.</p>
        {report ? (
          <div role={report.ok ? 'status' : 'alert'} class={report.ok ? 'ok' : 'error'}>
            <p>{report.message}</p>
            {!report.ok && report.records.length ? (
              <ul class="problems">
                {report.records.slice(0, 200).map((r) => (
                  <li key={r.position}>
                    Clipping {r.position}: {r.reason}
                  </li>
                ))}
                {report.records.length > 200 ? <li>…and {report.records.length - 200} more</li> : null}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </details>
  );
}
