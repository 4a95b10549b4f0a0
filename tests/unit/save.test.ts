/** Saving honestly when the background goes away mid-reply. */
import { describe, expect, it, vi } from 'vitest';
import { newId, saveClipping } from '../../messaging/save';
import type { ClippingDraft } from '../../messaging/protocol';

const draft: ClippingDraft = { kind: 'selection', url: 'https://ex.com/', title: 't', text: 'Xi Jinping', note: '', tags: [], anchor: null, article: null };

describe('saveClipping', () => {
  it('asks again with the same id when the first reply is lost, and reports the real answer', async () => {
    const ids: string[] = [];
    const sendSave = vi.fn(async (d: ClippingDraft) => {
      ids.push(d.id!);
      if (ids.length === 1) throw new Error('The message port closed before a response was received.');
      return { ok: true as const, clipping: { ...d, id: d.id!, created: 1, entityIds: [] } };
    });
    const result = await saveClipping(draft, sendSave);
    expect(result.ok).toBe(true);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
  });

  it('says it could not confirm when the background never answers', async () => {
    const result = await saveClipping(draft, async () => {
      throw new Error('gone');
    });
    expect(result).toEqual({ ok: false, error: 'Backgrounder could not confirm the save. Check your clippings before saving again.' });
  });

  it('makes version-4 UUIDs without crypto.randomUUID', () => {
    const id = newId();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newId()).not.toBe(id);
  });
});
