/** Sending typed messages to the background. */
import { browser } from 'wxt/browser';
import type { MessageName, Request, Response } from './protocol';

export async function send<K extends MessageName>(type: K, data: Request<K>): Promise<Response<K>> {
  return (await browser.runtime.sendMessage({ type, data })) as Response<K>;
}
