/** The content script: runs Backgrounder on every http(s) page. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { shippedLexicon } from '../../knowledge/shipped-lexicon';
import { startBackgrounder } from './app';
import './mentions.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // When the script started, so that the time to the first painted mention can be read.
    performance.mark('backgrounder-start');
    void startBackgrounder(ctx, document, shippedLexicon);
  },
});
