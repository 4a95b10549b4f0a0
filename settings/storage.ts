/** Reading, writing and watching settings in storage.local. */
import { browser } from 'wxt/browser';
import { SETTINGS_KEY, type Settings, coerceSettings } from './settings';

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return coerceSettings(got[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: coerceSettings(settings) });
}

/** Calls `fn` with the new settings whenever they change; returns the unsubscribe. */
export function watchSettings(fn: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[SETTINGS_KEY]) fn(coerceSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
