/** The background checks sender and shape before any handler runs. */
import { describe, expect, it, vi } from 'vitest';
import { createListener, type Handlers } from '../../messaging/server';

const OWN = 'own-extension-id';

function draft() {
  return { kind: 'selection', url: 'https://example.com/a', title: 'A', text: 'Xi Jinping', note: '', tags: [], anchor: null, article: null };
}

function setup() {
  const handlers: Handlers = {
    'card.get': vi.fn(async ({ id }) => (id === 'pntr' ? null : null)),
    'source.open': vi.fn(async () => ({ opened: true })),
    'clipping.save': vi.fn(async () => ({ ok: false as const, error: 'not in this test' })),
    'options.open': vi.fn(async () => ({ opened: true })),
    'explorer.open': vi.fn(async () => ({ opened: true })),
    'clippings.forPage': vi.fn(async () => ({ clippings: [] })),
  };
  return { handlers, listen: createListener(handlers, OWN) };
}

describe('createListener', () => {
  it('answers a well-formed request from this extension', async () => {
    const { handlers, listen } = setup();
    await listen({ type: 'card.get', data: { id: 'pntr' } }, { id: OWN });
    expect(handlers['card.get']).toHaveBeenCalledWith({ id: 'pntr' }, { id: OWN });
  });

  it('accepts a well-formed save', async () => {
    const { handlers, listen } = setup();
    await listen({ type: 'clipping.save', data: draft() }, { id: OWN });
    expect(handlers['clipping.save']).toHaveBeenCalled();
  });

  it.each([
    ['another extension', { type: 'card.get', data: { id: 'pntr' } }, { id: 'someone-else' }],
    ['no sender id (a web page)', { type: 'card.get', data: { id: 'pntr' } }, {}],
    ['an unknown type', { type: 'clippings.deleteAll', data: {} }, { id: OWN }],
    ['a prototype key as type', { type: 'constructor', data: {} }, { id: OWN }],
    ['a malformed id', { type: 'card.get', data: { id: '<img onerror=x>' } }, { id: OWN }],
    ['a missing envelope', 'card.get', { id: OWN }],
    ['a bad source range', { type: 'source.open', data: { doc: '004', start: 9, end: 2 } }, { id: OWN }],
    ['a save with a script URL', { type: 'clipping.save', data: { ...draft(), url: 'javascript:alert(1)' } }, { id: OWN }],
    ['a save with empty text', { type: 'clipping.save', data: { ...draft(), text: '  ' } }, { id: OWN }],
    ['a save with a bad anchor', { type: 'clipping.save', data: { ...draft(), anchor: { quote: {}, position: { start: 5, end: 1 } } } }, { id: OWN }],
    ['a save with tags that are not strings', { type: 'clipping.save', data: { ...draft(), tags: [{}] } }, { id: OWN }],
    ['a page asking for clippings of no URL', { type: 'clippings.forPage', data: {} }, { id: OWN }],
    ['a page asking for clippings of a file URL', { type: 'clippings.forPage', data: { url: 'file:///etc/passwd' } }, { id: OWN }],
  ])('ignores %s', (_what, message, sender) => {
    const { handlers, listen } = setup();
    expect(listen(message, sender)).toBeUndefined();
    expect(handlers['card.get']).not.toHaveBeenCalled();
    expect(handlers['source.open']).not.toHaveBeenCalled();
    expect(handlers['clipping.save']).not.toHaveBeenCalled();
    expect(handlers['clippings.forPage']).not.toHaveBeenCalled();
  });
});
