/** Typed messages to a tab's content script, and the content script's checked listener. */
import { type Browser, browser } from 'wxt/browser';
import type { TabMessageName, TabProtocol } from './protocol';
import { isEnvelope, tabGuards } from './validate';

export async function sendToTab<K extends TabMessageName>(tabId: number, type: K, data: TabProtocol[K]['request']): Promise<TabProtocol[K]['response']> {
  return (await browser.tabs.sendMessage(tabId, { type, data })) as TabProtocol[K]['response'];
}

export type TabHandlers = { [K in TabMessageName]: (data: TabProtocol[K]['request']) => TabProtocol[K]['response'] | Promise<TabProtocol[K]['response']> };

/** The content script's runtime.onMessage listener: only this extension, only known shapes. */
export function createTabListener(handlers: TabHandlers, ownId: string) {
  return (message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined => {
    if (sender.id !== ownId || !isEnvelope(message)) return undefined;
    const type = message.type as TabMessageName;
    if (!Object.hasOwn(tabGuards, type) || !(tabGuards[type] as (d: unknown) => boolean)(message.data)) return undefined;
    return Promise.resolve((handlers[type] as (d: unknown) => unknown)(message.data));
  };
}
