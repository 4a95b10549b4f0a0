/**
 * W3C Web Annotation export and import (https://www.w3.org/TR/annotation-model/): one
 * Annotation per clipping, in an AnnotationCollection. The target carries a
 * TextQuoteSelector and a TextPositionSelector; the note is a TextualBody (commenting)
 * and each tag a TextualBody with purpose "tagging". What the model has no place for
 * (title, kind, full text, entities, article) travels under one namespaced key, so a
 * round trip loses nothing, and other tools can ignore it.
 */
import { checkClipping } from './transfer';
import type { Clipping } from './types';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Our extension property: a full IRI, valid JSON-LD without a context entry. */
export const EXTRA = 'https://backgrounder.invalid/ns#clipping';

type Extra = Pick<Clipping, 'kind' | 'title' | 'text' | 'entityIds' | 'article'>;

interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: string;
}

export interface WebAnnotation {
  '@context': typeof CONTEXT;
  id: string;
  type: 'Annotation';
  created: string;
  body?: TextualBody[];
  target: { source: string; selector?: unknown[] };
  [EXTRA]?: Extra;
}

export function toAnnotation(c: Clipping): WebAnnotation {
  const body: TextualBody[] = [
    ...(c.note ? [{ type: 'TextualBody' as const, value: c.note, purpose: 'commenting' as const, format: 'text/plain' }] : []),
    ...c.tags.map((t) => ({ type: 'TextualBody' as const, value: t, purpose: 'tagging' as const })),
  ];
  const selector = c.anchor
    ? [
        { type: 'TextQuoteSelector', exact: c.anchor.quote.exact, prefix: c.anchor.quote.prefix, suffix: c.anchor.quote.suffix },
        { type: 'TextPositionSelector', start: c.anchor.position.start, end: c.anchor.position.end },
      ]
    : undefined;
  return {
    '@context': CONTEXT,
    id: `urn:uuid:${c.id}`,
    type: 'Annotation',
    created: new Date(c.created).toISOString(),
    ...(body.length ? { body } : {}),
    target: { source: c.url, ...(selector ? { selector } : {}) },
    [EXTRA]: { kind: c.kind, title: c.title, text: c.text, entityIds: c.entityIds, article: c.article },
  };
}

export function exportWebAnnotations(clippings: readonly Clipping[], now = new Date()): string {
  const id = `urn:uuid:${crypto.getRandomValues(new Uint32Array(4)).join('-')}`;
  return JSON.stringify(
    {
      '@context': CONTEXT,
      id,
      type: 'AnnotationCollection',
      label: `Backgrounder clippings, ${now.toISOString().slice(0, 10)}`,
      total: clippings.length,
      first: { id: `${id}#page1`, type: 'AnnotationPage', startIndex: 0, items: clippings.map(toAnnotation) },
    },
    null,
    2,
  );
}

function selectorOf(list: unknown, type: string): Record<string, unknown> | undefined {
  return Array.isArray(list) ? (list.find((s) => (s as { type?: string })?.type === type) as Record<string, unknown> | undefined) : undefined;
}

/** A clipping from an Annotation, or a reason it is not one we can keep. */
export function fromAnnotation(a: unknown): Clipping | string {
  const o = a as Partial<WebAnnotation> & Record<string, unknown>;
  if (!o || typeof o !== 'object' || o.type !== 'Annotation') return 'not an Annotation';
  if (typeof o.id !== 'string' || !o.id) return 'Annotation has no id';
  const target = (Array.isArray(o.target) ? o.target[0] : o.target) as WebAnnotation['target'] | string | undefined;
  const source = typeof target === 'string' ? target : target?.source;
  if (typeof source !== 'string') return 'Annotation has no target source';
  const selectors = typeof target === 'object' ? target.selector : undefined;
  const quote = selectorOf(selectors, 'TextQuoteSelector');
  const position = selectorOf(selectors, 'TextPositionSelector');
  const bodies = (Array.isArray(o.body) ? o.body : o.body ? [o.body] : []) as TextualBody[];
  const extra = (o[EXTRA] ?? {}) as Partial<Extra>;
  const exact = typeof quote?.exact === 'string' ? quote.exact : '';
  const clipping = {
    id: o.id.replace(/^urn:uuid:/, ''),
    kind: extra.kind ?? 'selection',
    url: source,
    title: extra.title ?? source,
    created: typeof o.created === 'string' && !Number.isNaN(Date.parse(o.created)) ? Date.parse(o.created) : Date.now(),
    text: extra.text ?? exact,
    note: bodies.filter((b) => b?.purpose !== 'tagging' && typeof b?.value === 'string').map((b) => b.value).join('\n\n'),
    tags: bodies.filter((b) => b?.purpose === 'tagging' && typeof b.value === 'string').map((b) => b.value),
    entityIds: extra.entityIds ?? [],
    anchor: quote
      ? {
          quote: { exact, prefix: typeof quote.prefix === 'string' ? quote.prefix : '', suffix: typeof quote.suffix === 'string' ? quote.suffix : '' },
          position: { start: Number(position?.start ?? 0), end: Number(position?.end ?? exact.length) },
        }
      : null,
    article: extra.article ?? null,
  };
  return checkClipping(clipping) ?? clipping;
}

/** The Annotations in a file: a collection, a page, a list, or a single one. */
export function annotationsIn(data: unknown): unknown[] | null {
  const o = data as Record<string, unknown> | null;
  if (Array.isArray(data)) return data;
  if (!o || typeof o !== 'object') return null;
  if (o.type === 'Annotation') return [o];
  if (o.type === 'AnnotationPage' && Array.isArray(o.items)) return o.items;
  if (o.type === 'AnnotationCollection') {
    const first = o.first as Record<string, unknown> | undefined;
    return first && Array.isArray(first.items) ? first.items : [];
  }
  return null;
}
