import { CONTENT_MATCHES } from '../../lib/sites';
import { startCoach } from './start';

export default defineContentScript({
  // Every hostname lives in its site adapter (lib/sites/<site>.ts). Mastodon instances are
  // granted one by one and get the runtime-registered twin (entrypoints/mastodon.content.ts).
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    void startCoach(ctx);
  },
});
