/**
 * The background's side of the contract: one listener that checks the sender and the
 * shape of each message before calling its handler.
 */
import type { Browser } from 'wxt/browser';
import type { MessageName, Request, Response } from './protocol';
import { isEnvelope, requestGuards } from './validate';

export type Handlers = { [K in MessageName]: (data: Request<K>, sender: Browser.runtime.MessageSender) => Promise<Response<K>> | Response<K> };

/** True when the message comes from this extension (its pages or its content scripts). */
export function isOwnSender(sender: Browser.runtime.MessageSender, ownId: string): boolean {
  return sender.id === ownId;
}

/**
 * Makes a runtime.onMessage listener. Unknown types, foreign senders and malformed
 * requests are ignored (undefined: no reply), so nothing reaches a handler unchecked.
 */
export function createListener(handlers: Handlers, ownId: string) {
  return (message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isOwnSender(sender, ownId) || !isEnvelope(message)) return undefined;
    const type = message.type as MessageName;
    if (!Object.hasOwn(requestGuards, type)) return undefined;
    const guard = requestGuards[type] as (d: unknown) => boolean;
    if (!guard(message.data)) return undefined;
    const handler = handlers[type] as (d: unknown, s: Browser.runtime.MessageSender) => unknown;
    return Promise.resolve(handler(message.data, sender));
  };
}
