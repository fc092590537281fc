import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Least permissions: `storage` for settings and the post log; host access only for the
// seven sites the content script matches (their patterns live in lib/sites/*). Mastodon
// instances are granted one by one at runtime (optional host permission) and get their
// content script through `scripting.registerContentScripts`, never `<all_urls>`.
//
// Firefox gets Manifest V3 too (README, "Firefox"): the same `action`, `optional_host_permissions` and
// `scripting` as Chrome, so one code path; WXT emits `background.scripts` (an event page) for it, since
// Firefox has no extension service workers.
const GECKO_ID = 'steady@steady.invalid';

export default defineConfig({
  srcDir: '.',
  manifestVersion: 3,
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  modules: ['@wxt-dev/i18n/module'],
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting'],
    // `alarms`: team sync's once-a-minute round (issue 13), asked for with the team server's origin on the
    // "Sign in and sync" click, so a user who never syncs grants nothing new. Firefox cannot make `alarms`
    // optional; there the rounds run on wake-up and on each event only (README, "Team sync").
    ...(browser === 'firefox' ? {} : { optional_permissions: ['alarms'] }),
    // https: Mastodon instances and team sync servers, each origin granted on a click at run time; plain
    // http only for a team server on this machine (lib/team/config.ts refuses any other http origin).
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    // Keyboard users reach the suggestions without tabbing through the whole page.
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandTogglePanel__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // Permanent once the first version is on addons.mozilla.org. `.invalid` is a reserved TLD
              // (RFC 2606), so the id can never collide with someone else's domain.
              id: GECKO_ID,
              // 140 (ESR 140) is the first Firefox with the built-in data-collection consent this key
              // declares, and with the CSS Custom Highlight API the underlines use; MV3 host permissions
              // are granted at install from 127, storage.session exists from 115.
              strict_min_version: '140.0',
              // Steady collects and transmits nothing: drafts are scored inside the extension.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads that declaration from 142 (web-ext lint warns below that).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
    // Test build only (`wxt build --mode mastodon-e2e`): automation cannot answer Chrome's
    // permission prompt (microsoft/playwright#32755), so this build starts with mastodon.social
    // granted; registration, injection and coaching after the grant are the production code.
    ...(mode === 'mastodon-e2e' ? { host_permissions: ['https://mastodon.social/*'] } : {}),
  }),
  // `wxt zip -b firefox` also packs the sources addons.mozilla.org asks for (the build is bundled): leave out
  // what .gitignore leaves out, test output above all (traces and screenshots of test runs).
  zip: {
    excludeSources: [
      'node_modules',
      'test-results/**',
      'playwright-report/**',
      'tests/e2e/fixtures/dist/**',
      'scratch/**',
      '**/*.log',
    ],
  },
  vite: () => ({
    plugins: [preact()],
    // pouchdb-browser (team sync, background only) imports Node's `events`, which a browser build does
    // not have: lib/team/events.ts is the part of it PouchDB uses.
    resolve: { alias: { events: fileURLToPath(new URL('./lib/team/events.ts', import.meta.url)) } },
  }),
});
