import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * One config for both targets. Chrome gets MV3; Firefox gets WXT's default (MV2),
 * which Firefox ESR runs with the fewest prompts.
 */
export default defineConfig({
  // Every dependency shows in the file that uses it.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  // NO_MINIFY=1 keeps function names in the bundles, for reading a CPU profile of the scan.
  vite: () => ({ plugins: [preact()], build: process.env.NO_MINIFY ? { minify: false } : {} }),
  manifest: ({ browser }) => ({
    name: 'Backgrounder',
    description: 'Background cards for names in U.S.–China news, with citations. Offline and private.',
    // storage: the reader's settings, shared with every tab. contextMenus: "Save to
    // Backgrounder" on a selection. Nothing else: the content script is declared for
    // http(s) pages, and opening or messaging a tab needs no permission.
    permissions: ['storage', 'contextMenus'],
    commands: {
      'save-selection': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the selected text to Backgrounder',
      },
      'show-card': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: 'Show the card for the name at the cursor (again: the next name)',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backgrounder@backgrounder.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
