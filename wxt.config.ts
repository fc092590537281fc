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
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting'],
    optional_host_permissions: ['https://*/*'],
  },
  vite: () => ({
    plugins: [preact()],
  }),
});
