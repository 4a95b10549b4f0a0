/** The background: answers card and source requests, and relays the keyboard shortcut. */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { knowledge } from '../../knowledge/shipped';
import { createListener } from '../../messaging/server';
import { createHandlers, relayShortcut } from './handlers';

export default defineBackground(() => {
  const handlers = createHandlers(knowledge);
  browser.runtime.onMessage.addListener(createListener(handlers, browser.runtime.id));
  browser.commands.onCommand.addListener(relayShortcut);
});
