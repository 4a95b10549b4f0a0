/** Builders shared by unit tests. */
import type { Clipping } from '../../clippings/types';

/** A valid clipping; override any field. */
export function clipping(over: Partial<Clipping> = {}): Clipping {
  return {
    id: `id-${Math.random().toString(36).slice(2)}`,
    kind: 'selection',
    url: 'https://news.example.com/a',
    title: 'Trade talks',
    created: Date.now(),
    text: 'Scott Bessent said Beijing should make catch-up purchases.',
    note: '',
    tags: [],
    entityIds: ['scott-bessent'],
    anchor: null,
    article: null,
    ...over,
  };
}

