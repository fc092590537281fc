import { shownAccount } from '../core';
// Bluesky (bsky.app): TipTap editors in the composer dialog, one per post of a thread; publish is
// button[data-testid=composerPublishBtn], whose aria-label tells a reply from a post.
import { groupBy, hostsAdapter, nearest, visibleAll } from './dom';
import { readEditorText } from './read-text';
import type { Composer, SiteAdapter } from './types';

const SELECTORS = {
  /** Fixture: bsky.app `div.tiptap.ProseMirror[contenteditable][role=textbox]` (TipTap adds `tiptap` and
   * `role`; tests/e2e/fixtures/sites/bluesky.ts; social-app `RichTextInputWeb.tsx` [src]). The plain
   * ProseMirror form and the older `textarea.rt-input` (`TextInput.web.tsx`) have no fixture. */
  editor:
    '.ProseMirror.tiptap[contenteditable="true"][role="textbox"], .ProseMirror[contenteditable="true"][role="textbox"], textarea.rt-input',
  /** Fixture: the composer `[role=dialog][aria-modal=true]`; older social-app wrapped the composer in
   * `[data-testid=composePostView]` (public scripts, [ext]). */
  container: '[role="dialog"], [data-testid="composePostView"]',
  /** Fixture: `button[data-testid=composerPublishBtn][aria-label="Publish post"]` (social-app `Composer.tsx`
   * `testID="composerPublishBtn"` [src]). */
  submit: '[data-testid="composerPublishBtn"]',
  /** social-app labels: isReply ? (isThread ? 'Publish replies' : 'Publish reply') : 'Publish post(s)' [src].
   * Localized through Lingui: the German and Dutch strings are unverified guesses. Fixture: the reply button
   * of a feed item opens the composer with "Publish reply". */
  replyLabels: [
    'Publish reply',
    'Publish replies',
    'Antwort veröffentlichen',
    'Antworten veröffentlichen',
    'Antwoord publiceren',
    'Antwoorden publiceren',
  ],
  /** Fixture: `localStorage.BSKY_STORAGE` (social-app `src/state/persisted/index.web.ts` [src]); only
   * `session.currentAccount.handle` is taken: the same value holds `accessJwt`/`refreshJwt`. */
  storageKey: 'BSKY_STORAGE',
} as const;

const HOSTS = ['bsky.app'];

/** `session.currentAccount.handle` of the persisted state, and nothing else of it. */
function currentHandle(json: string | null): string {
  if (json === null) return '';
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return '';
  }
  const session: unknown =
    typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'session') : null;
  const current: unknown =
    typeof session === 'object' && session !== null ? Reflect.get(session, 'currentAccount') : null;
  const handle: unknown =
    typeof current === 'object' && current !== null ? Reflect.get(current, 'handle') : null;
  return typeof handle === 'string' ? handle : '';
}

export const bluesky: SiteAdapter = {
  id: 'bluesky',
  ...hostsAdapter(HOSTS),
  findComposers(doc) {
    const composers: Composer[] = [];
    const editors = visibleAll(doc, SELECTORS.editor);
    for (const [container, list] of groupBy(editors, (editor) => editor.closest(SELECTORS.container))) {
      const first = list[0];
      if (!first) continue;
      // Without a publish button this is some other rich-text box, not the post composer.
      const submit = nearest(first, container, SELECTORS.submit);
      if (submit === null) continue;
      const label = submit.getAttribute('aria-label') ?? '';
      composers.push({
        site: 'bluesky',
        container,
        editors: list,
        submit,
        kind: (SELECTORS.replyLabels as readonly string[]).includes(label) ? 'reply' : 'post',
      });
    }
    return composers;
  },
  readText: readEditorText,
  account(doc) {
    let stored: string | null = null;
    try {
      stored = doc.defaultView?.localStorage.getItem(SELECTORS.storageKey) ?? null;
    } catch {
      // Storage can be blocked (third-party cookie settings): the account is then unknown.
    }
    return shownAccount(currentHandle(stored));
  },
  // RichTextInputWeb.tsx: `(event.metaKey || event.ctrlKey) && event.code === 'Enter'` [src] (not NumpadEnter).
  isSubmitKey: (e) => (e.ctrlKey || e.metaKey) && e.code === 'Enter' && !e.isComposing,
  // No toast: the composer dialog unmounts on publish.
  confirmation: {},
};
