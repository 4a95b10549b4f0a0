/**
 * Saving from a page or the popup, honestly. Each draft carries its own id, so when the
 * background is stopped between writing and replying, asking again writes the same
 * record (never a second one) and gets a real answer.
 */
import { send } from './client';
import type { ClippingDraft, SaveResult } from './protocol';

/** How long to let a stopped background restart before asking again. */
export const SAVE_RETRY_DELAY_MS = 250;

/**
 * A random UUID (v4). crypto.randomUUID exists only in secure contexts, and a content
 * script on a plain-http page is not one; getRandomValues works everywhere.
 */
export function newId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export async function saveClipping(draft: ClippingDraft, sendSave = (d: ClippingDraft) => send('clipping.save', d)): Promise<SaveResult> {
  const withId = { ...draft, id: draft.id ?? newId() };
  try {
    return await sendSave(withId);
  } catch {
    await new Promise((r) => setTimeout(r, SAVE_RETRY_DELAY_MS));
    try {
      return await sendSave(withId);
    } catch {
      return { ok: false, error: 'Backgrounder could not confirm the save. Check your clippings before saving again.' };
    }
  }
}
