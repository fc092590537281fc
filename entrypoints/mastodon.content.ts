import { startCoach } from './content/start';

/**
 * The coach for Mastodon instances the user granted (optional host permissions). Registered at
 * runtime by the background with `scripting.registerContentScripts`, so the manifest needs no
 * `<all_urls>`; the adapter itself checks `#mastodon[data-props]` before doing anything.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  main(ctx) {
    void startCoach(ctx);
  },
});
