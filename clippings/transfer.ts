/**
 * Export and import. JSON carries a format name and schema version (W3C Web Annotation
 * files, see web-annotation.ts, import too); an import is
 * validated whole before anything is written, and one file imports whole or not at all.
 * Rule for ids that already exist: the clipping already stored is kept, and the
 * imported one is skipped and counted (import never overwrites a reader's edits).
 */
import type { Clipping, ClippingKind } from './types';
import { annotationsIn, fromAnnotation } from './web-annotation';

export const EXPORT_FORMAT = 'backgrounder-clippings';
export const EXPORT_SCHEMA_VERSION = 1;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exported: string;
  clippings: Clipping[];
}

export function exportJson(clippings: readonly Clipping[], now = new Date()): string {
  const file: ExportFile = { format: EXPORT_FORMAT, schemaVersion: EXPORT_SCHEMA_VERSION, exported: now.toISOString(), clippings: [...clippings] };
  return JSON.stringify(file, null, 2);
}

function mdEscape(s: string): string {
  return s.replace(/([\\`*_[\]<>#])/g, '\\$1');
}

export function exportMarkdown(clippings: readonly Clipping[], entityName: (id: string) => string): string {
  const parts = ['# Backgrounder clippings', ''];
  for (const c of clippings) {
    parts.push(`## ${mdEscape(c.title || c.url)}`, '');
    parts.push(`- Source: <${c.url}>`, `- Saved: ${new Date(c.created).toISOString()}`);
    if (c.tags.length) parts.push(`- Tags: ${c.tags.map(mdEscape).join(', ')}`);
    if (c.entityIds.length) parts.push(`- Mentions: ${c.entityIds.map((id) => mdEscape(entityName(id))).join(', ')}`);
    parts.push('', ...c.text.split('\n').map((l) => `> ${mdEscape(l)}`), '');
    if (c.note) parts.push(mdEscape(c.note), '');
  }
  return parts.join('\n');
}

export interface RecordError {
  /** 1-based position of the record in the file's clippings array. */
  position: number;
  reason: string;
}

export type ParsedImport = { ok: true; clippings: Clipping[] } | { ok: false; problem: string; records: RecordError[] };

const KINDS: readonly ClippingKind[] = ['selection', 'article', 'card'];
/** Import refuses files beyond this many records rather than freeze the page. */
export const MAX_IMPORT_RECORDS = 100_000;

function isString(x: unknown): x is string {
  return typeof x === 'string';
}

function isStringArray(x: unknown): x is string[] {
  return Array.isArray(x) && x.every(isString);
}

export function checkAnchor(a: unknown): string | null {
  if (a === null) return null;
  const o = a as { quote?: Record<string, unknown>; position?: Record<string, unknown> };
  if (typeof a !== 'object' || !o.quote || !o.position) return 'anchor must be null or have quote and position';
  if (![o.quote.exact, o.quote.prefix, o.quote.suffix].every(isString)) return 'anchor.quote needs exact, prefix and suffix strings';
  const { start, end } = o.position;
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) < (start as number)) return 'anchor.position needs whole numbers 0 ≤ start ≤ end';
  return null;
}

export function checkArticle(a: unknown): string | null {
  if (a === null) return null;
  if (typeof a !== 'object') return 'article must be null or an object';
  const o = a as Record<string, unknown>;
  if (!isString(o.html)) return 'article.html must be a string';
  for (const k of ['byline', 'siteName', 'published', 'excerpt']) if (o[k] !== null && !isString(o[k])) return `article.${k} must be a string or null`;
  return null;
}

/** Why a record is not a clipping, or null if it is one. */
export function checkClipping(r: unknown): string | null {
  if (typeof r !== 'object' || r === null || Array.isArray(r)) return 'not an object';
  const c = r as Record<string, unknown>;
  if (!isString(c.id) || !c.id) return 'id must be a non-empty string';
  if (!KINDS.includes(c.kind as ClippingKind)) return `kind must be one of ${KINDS.join(', ')}`;
  if (!isString(c.url)) return 'url must be a string';
  if (!isString(c.title)) return 'title must be a string';
  if (typeof c.created !== 'number' || !Number.isFinite(c.created)) return 'created must be a time in milliseconds';
  if (!isString(c.text)) return 'text must be a string';
  if (!isString(c.note)) return 'note must be a string';
  if (!isStringArray(c.tags)) return 'tags must be a list of strings';
  if (!isStringArray(c.entityIds)) return 'entityIds must be a list of strings';
  return checkAnchor(c.anchor) ?? checkArticle(c.article);
}

function pick(c: Clipping): Clipping {
  // Only known fields are kept: an import cannot smuggle anything else into the store.
  const { id, kind, url, title, created, text, note, tags, entityIds, anchor, article } = c;
  return { id, kind, url, title, created, text, note, tags, entityIds, anchor, article };
}

/** Web Annotation files: every Annotation must become a clipping, or nothing is imported. */
function parseAnnotations(list: unknown[]): ParsedImport {
  const records: RecordError[] = [];
  const clippings: Clipping[] = [];
  const seen = new Set<string>();
  list.forEach((a, i) => {
    const r = fromAnnotation(a);
    if (typeof r === 'string') return void records.push({ position: i + 1, reason: r });
    if (seen.has(r.id)) return void records.push({ position: i + 1, reason: `id "${r.id}" appears earlier in the file` });
    seen.add(r.id);
    clippings.push(r);
  });
  if (records.length) return { ok: false, problem: `${records.length} of ${list.length} annotations are not valid; nothing was imported.`, records };
  return { ok: true, clippings };
}

export function parseImport(text: string): ParsedImport {
  if (!text.trim()) return { ok: false, problem: 'The file is empty.', records: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const truncated = /end of (JSON )?(data|input)|Unterminated|Unexpected end/i.test(String(e));
    return { ok: false, problem: truncated ? 'The file is not complete JSON: it looks truncated.' : 'The file is not JSON.', records: [] };
  }
  const annotations = annotationsIn(data);
  if (annotations) {
    if (annotations.length > MAX_IMPORT_RECORDS) return { ok: false, problem: `The file has more than ${MAX_IMPORT_RECORDS.toLocaleString('en')} annotations.`, records: [] };
    return parseAnnotations(annotations);
  }
  const file = data as Partial<ExportFile> | null;
  if (!file || typeof file !== 'object' || file.format !== EXPORT_FORMAT) return { ok: false, problem: 'This is not a Backgrounder clippings export.', records: [] };
  if (typeof file.schemaVersion !== 'number' || file.schemaVersion > EXPORT_SCHEMA_VERSION) {
    return { ok: false, problem: `This file was made by a newer version of Backgrounder (schema ${String(file.schemaVersion)}); update Backgrounder to import it.`, records: [] };
  }
  if (!Array.isArray(file.clippings)) return { ok: false, problem: 'The file has no list of clippings.', records: [] };
  if (file.clippings.length > MAX_IMPORT_RECORDS) return { ok: false, problem: `The file has more than ${MAX_IMPORT_RECORDS.toLocaleString('en')} clippings.`, records: [] };
  const records: RecordError[] = [];
  const seen = new Set<string>();
  file.clippings.forEach((r, i) => {
    const reason = checkClipping(r);
    if (reason) return void records.push({ position: i + 1, reason });
    const id = (r as Clipping).id;
    if (seen.has(id)) records.push({ position: i + 1, reason: `id "${id}" appears earlier in the file` });
    seen.add(id);
  });
  if (records.length) return { ok: false, problem: `${records.length} of ${file.clippings.length} clippings are not valid; nothing was imported.`, records };
  return { ok: true, clippings: (file.clippings as Clipping[]).map(pick) };
}
