/** W3C Web Annotation export and import. */
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../clippings/transfer';
import { EXTRA, exportWebAnnotations, toAnnotation } from '../../clippings/web-annotation';
import { clipping } from './helpers';

const anchored = clipping({
  id: '3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b',
  note: 'Key line',
  tags: ['pntr', 'congress'],
  anchor: { quote: { exact: 'Scott Bessent said', prefix: 'Secretary ', suffix: ' Beijing' }, position: { start: 120, end: 138 } },
});

describe('toAnnotation', () => {
  it('meets the model’s MUSTs: context, an IRI id, type, a target; bodies carry their purpose', () => {
    const a = toAnnotation(anchored);
    expect(a['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(a.id).toBe('urn:uuid:3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b');
    expect(a.type).toBe('Annotation');
    expect(a.target.source).toBe(anchored.url);
    expect(a.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'Scott Bessent said', prefix: 'Secretary ', suffix: ' Beijing' },
      { type: 'TextPositionSelector', start: 120, end: 138 },
    ]);
    expect(a.body).toEqual([
      { type: 'TextualBody', value: 'Key line', purpose: 'commenting', format: 'text/plain' },
      { type: 'TextualBody', value: 'pntr', purpose: 'tagging' },
      { type: 'TextualBody', value: 'congress', purpose: 'tagging' },
    ]);
    expect(new Date(a.created).getTime()).toBe(anchored.created);
  });
});

describe('Web Annotation round trip', () => {
  it('imports its own export without loss', () => {
    const list = [anchored, clipping({ id: 'a1b2c3d4-0000-4000-8000-000000000001', kind: 'article', anchor: null, article: { byline: 'A', siteName: null, published: null, excerpt: null, html: '<p>x</p>' } })];
    const file = exportWebAnnotations(list);
    const parsed = JSON.parse(file);
    expect(parsed.type).toBe('AnnotationCollection');
    expect(parsed.total).toBe(2);
    expect(parseImport(file)).toEqual({ ok: true, clippings: list });
  });

  it('imports an annotation made by another tool, with only the standard parts', () => {
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://example.org/anno/7',
      type: 'Annotation',
      created: '2025-02-03T10:00:00Z',
      body: [{ type: 'TextualBody', value: 'worth a follow-up', purpose: 'commenting' }, { type: 'TextualBody', value: 'tariffs', purpose: 'tagging' }],
      target: { source: 'https://news.example/story', selector: [{ type: 'TextQuoteSelector', exact: 'Xi Jinping signalled interest', prefix: '', suffix: '' }] },
    };
    const r = parseImport(JSON.stringify(foreign));
    expect(r.ok && r.clippings[0]).toMatchObject({ id: 'https://example.org/anno/7', url: 'https://news.example/story', text: 'Xi Jinping signalled interest', note: 'worth a follow-up', tags: ['tariffs'], kind: 'selection' });
    expect(r.ok && r.clippings[0]![EXTRA as never]).toBeUndefined();
  });

  it('reports annotations it cannot keep, by position, and imports nothing', () => {
    const r = parseImport(JSON.stringify([toAnnotation(anchored), { type: 'Annotation', id: 'x' }]));
    expect(r).toEqual({ ok: false, problem: '1 of 2 annotations are not valid; nothing was imported.', records: [{ position: 2, reason: 'Annotation has no target source' }] });
  });
});
