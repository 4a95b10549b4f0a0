/** Export and import: validation before any write, and the rule for existing ids. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../components/ImportExport';
import { openClippingsDB } from '../../clippings/schema';
import { ClippingStore } from '../../clippings/store';
import { EXPORT_SCHEMA_VERSION, exportJson, exportMarkdown, parseImport } from '../../clippings/transfer';
import { clipping } from './helpers';

const name = (id: string) => ({ 'xi-jinping': 'Xi Jinping' })[id] ?? id;

describe('parseImport', () => {
  it('round-trips an export', () => {
    const list = [clipping({ id: 'a' }), clipping({ id: 'b', anchor: { quote: { exact: 'x', prefix: 'p', suffix: 's' }, position: { start: 1, end: 2 } } })];
    const parsed = parseImport(exportJson(list));
    expect(parsed).toEqual({ ok: true, clippings: list });
  });

  it.each([
    ['an empty file', '', 'The file is empty.'],
    ['a file of spaces', '   \n', 'The file is empty.'],
    ['a truncated file', exportJson([clipping()]).slice(0, 120), 'The file is not complete JSON: it looks truncated.'],
    ['not JSON', 'id,text\n1,hello', 'The file is not JSON.'],
    ['another program’s JSON', '{"items": []}', 'This is not a Backgrounder clippings export.'],
  ])('refuses %s', (_what, text, problem) => {
    expect(parseImport(text)).toEqual({ ok: false, problem, records: [] });
  });

  it('refuses a file from a newer schema version', () => {
    const file = JSON.parse(exportJson([clipping()]));
    file.schemaVersion = EXPORT_SCHEMA_VERSION + 1;
    const r = parseImport(JSON.stringify(file));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toContain('newer version');
  });

  it('reports one bad record among thousands by position and reason, and imports nothing', () => {
    const list = Array.from({ length: 5000 }, (_, i) => clipping({ id: `c${i}` }));
    const file = JSON.parse(exportJson(list));
    file.clippings[3141].created = 'yesterday';
    file.clippings[4000].id = 'c10';
    const r = parseImport(JSON.stringify(file));
    expect(r).toEqual({
      ok: false,
      problem: '2 of 5000 clippings are not valid; nothing was imported.',
      records: [
        { position: 3142, reason: 'created must be a time in milliseconds' },
        { position: 4001, reason: 'id "c10" appears earlier in the file' },
      ],
    });
  });

  it('drops fields it does not know', () => {
    const file = JSON.parse(exportJson([clipping({ id: 'a' })]));
    file.clippings[0].evil = '<script>';
    const r = parseImport(JSON.stringify(file));
    expect(r.ok && Object.keys(r.clippings[0]!)).not.toContain('evil');
  });
});

describe('importFile', () => {
  it('keeps clippings already stored and skips their imported copies', async () => {
    const store = new ClippingStore(await openClippingsDB(`import-${Math.random()}`));
    await store.put(clipping({ id: 'same', note: 'my edit' }));
    const report = await importFile(store, exportJson([clipping({ id: 'same', note: 'old' }), clipping({ id: 'new' })]));
    expect(report).toEqual({ ok: true, message: 'Imported 1 clipping; kept 1 already here as they were.' });
    expect((await store.get('same'))!.note).toBe('my edit');
    expect(await store.count()).toBe(2);
  });

  it('writes nothing when the file is bad', async () => {
    const store = new ClippingStore(await openClippingsDB(`import-${Math.random()}`));
    const report = await importFile(store, '{"format":"backgrounder-clippings","schemaVersion":1,"clippings":[{"id":1}]}');
    expect(report.ok).toBe(false);
    expect(await store.count()).toBe(0);
  });
});

describe('exportMarkdown', () => {
  it('writes title, source, tags, entities, quoted text and note, escaping markup', () => {
    const md = exportMarkdown([clipping({ title: 'Xi *meets* Biden', text: 'line one\nline two', note: 'a note', tags: ['summit'], entityIds: ['xi-jinping'] })], name);
    expect(md).toContain('## Xi \\*meets\\* Biden');
    expect(md).toContain('- Tags: summit');
    expect(md).toContain('- Mentions: Xi Jinping');
    expect(md).toContain('> line one\n> line two');
    expect(md).toContain('a note');
  });
});
