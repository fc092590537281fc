import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Least permissions: `storage` for settings and the post log; host access only for the
// seven sites the content script matches (their patterns live in lib/sites/*). Mastodon
// instances are granted one by one at runtime (optional host permission) and get their
// content script through `scripting.registerContentScripts`, never `<all_urls>`.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  modules: ['@wxt-dev/i18n/module'],
  manifest: ({ mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting'],
    optional_host_permissions: ['https://*/*'],
    // Keyboard users reach the suggestions without tabbing through the whole page.
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandTogglePanel__',
      },
    },
    // Test build only (`wxt build --mode mastodon-e2e`): automation cannot answer Chrome's
    // permission prompt (microsoft/playwright#32755), so this build starts with mastodon.social
    // granted; registration, injection and coaching after the grant are the production code.
    ...(mode === 'mastodon-e2e' ? { host_permissions: ['https://mastodon.social/*'] } : {}),
  }),
  vite: () => ({
    plugins: [preact()],
  }),
});
