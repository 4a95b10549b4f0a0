/**
 * Firefox ESR with the built extension, through puppeteer-core (WebDriver BiDi).
 * FIREFOX_PATH overrides /usr/bin/firefox-esr. The extension's internal UUID is fixed by
 * a preference so that its pages (options.html) have a known address.
 */
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv2');
export const GECKO_ID = 'backgrounder@backgrounder.example';
export const FIREFOX_UUID = '6b1d1c7e-3f0a-4d5e-9c61-2a7f0b6e1d42';

export function firefoxPath(): string {
  return process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
}

export async function launchFirefox(): Promise<{ browser: Browser; extensionUrl: (path: string) => string }> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Offline: no update checks, telemetry or remote settings.
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'network.captive-portal-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return { browser, extensionUrl: (path) => `moz-extension://${FIREFOX_UUID}/${path}` };
}
