/**
 * Run-time shape checks for every request. A message that does not fit is refused
 * before any handler sees it: pages and other extensions can send anything.
 */
import type { MessageName, Request } from './protocol';

type Guard<T> = (data: unknown) => data is T;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isId(x: unknown): x is string {
  return typeof x === 'string' && x.length > 0 && x.length <= 80 && /^[a-z0-9-]+$/.test(x);
}

function isOffset(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < 10_000_000;
}

export const requestGuards: { [K in MessageName]: Guard<Request<K>> } = {
  'card.get': (d): d is Request<'card.get'> => isRecord(d) && isId(d.id),
  'source.open': (d): d is Request<'source.open'> =>
    isRecord(d) && typeof d.doc === 'string' && /^\d{3}$/.test(d.doc) && isOffset(d.start) && isOffset(d.end) && d.start <= d.end,
};

export function isEnvelope(x: unknown): x is { type: string; data: unknown } {
  return isRecord(x) && typeof x.type === 'string';
}
